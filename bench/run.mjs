// `npm run bench`: bundles the benchmark (TypeScript, sharing the tests' LSP client) and runs it.
import * as esbuild from 'esbuild';

// Three folders deep, like the compiled tests, so that the shared client finds the repository root.
const outfile = new URL('../out/bench/bundle/main.js', import.meta.url).pathname;
await esbuild.build({ entryPoints: [new URL('main.ts', import.meta.url).pathname], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
await import(outfile);
