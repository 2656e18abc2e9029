#!/usr/bin/env node
// The TOM language server; pass --stdio (or --node-ipc) as LSP clients do.
require('../dist/server.js');
