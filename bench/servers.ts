/** The two language servers under test, started the same way: `node <script> --stdio`, spoken to over LSP. */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fixedToday, repoRoot, startLspProcess, type LspSession } from '../test/helpers/lspClient';

export interface ServerUnderTest {
  name: string;
  /** The language id the server expects in didOpen. */
  languageId: string;
  start(): Promise<LspSession>;
}

export const tomServer: ServerUnderTest = {
  name: 'tom-language-server',
  languageId: 'tom',
  start: () => startLspProcess({
    args: [join(repoRoot, 'dist', 'server.js'), '--stdio'],
    env: { TOM_STUDIO_TODAY: fixedToday },
    configuration: (section) => (section === 'tom' ? {} : null),
  }),
};

/** yaml-language-server, told to validate `*.tom.yaml` against our published schema; schema store off (no network). */
export const yamlServer: ServerUnderTest = {
  name: 'yaml-language-server',
  languageId: 'yaml',
  async start() {
    const schema = pathToFileURL(join(repoRoot, 'schemas', 'tom.schema.json')).href;
    const yaml = { validate: true, completion: true, hover: true, schemas: { [schema]: ['*.tom.yaml'] }, schemaStore: { enable: false } };
    let configured!: () => void;
    const pulled = new Promise<void>((resolve) => { configured = resolve; });
    const session = await startLspProcess({
      args: [join(repoRoot, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server'), '--stdio'],
      // a third-party server: its error logs are not ours to fail on
      expectErrors: true,
      configuration: (section) => {
        if (section === 'yaml') configured();
        return section === 'yaml' ? yaml : section === 'http' ? {} : null;
      },
    });
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: { yaml } });
    await pulled;
    // setConfiguration runs after the pull returns; one turn of its event loop applies it
    await session.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///none.yaml' } }).catch(() => undefined);
    return session;
  },
};
