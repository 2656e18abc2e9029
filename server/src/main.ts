/** Entry of the language server: `node dist/server.js --stdio` (or --node-ipc, as the client chooses). */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
