#!/usr/bin/env node
const code = require('../dist/cli.js').main(process.argv.slice(2));
if (typeof code === 'number') process.exitCode = code;
else code.then((c) => { process.exitCode = c; });
