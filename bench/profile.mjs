// `node bench/profile.mjs [measures]`: bundles and runs bench/profile.ts (add --cpu-prof to node for a profile).
import * as esbuild from 'esbuild';

const outfile = new URL('../out/bench/bundle/profile.js', import.meta.url).pathname;
await esbuild.build({ entryPoints: [new URL('profile.ts', import.meta.url).pathname], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning', sourcemap: true });
await import(outfile);
