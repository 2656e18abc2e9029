// Bundles the extension client, the language server and the CLI into dist/ (the build that tests run
// is the build that ships). `node build.mjs --watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { generate } from './server/generate.mjs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  external: ['vscode'],
};

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js' },
  { entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js' },
];

// the files that cannot import the rule modules: manifest, its texts, the rules table (server/generate.mjs)
const generated = await generate();
if (generated.length) console.log(`generated ${generated.join(', ')}`);

if (process.argv.includes('--watch')) {
  for (const b of builds) await (await esbuild.context({ ...common, ...b })).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b })));
}
