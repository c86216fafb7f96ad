/**
 * `npm run build:api`: bundles the Azure Functions app (api/src/index.ts and everything it imports, core included)
 * into ES modules in api/dist: index.js, which api/package.json's "main" names for the Functions host, and chunks
 * for what it imports only when needed (the Application Insights SDK, loaded only when its connection string is
 * set). Bundling means the deployment needs no `npm install` on Azure, where the workspace package @ideabar/core
 * does not exist.
 */
import { build, type BuildResult } from 'esbuild';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Where the Functions host looks for the app (api/package.json "main"), relative to api/. */
export const API_BUNDLE = 'dist/index.js';

export async function buildApi(outfile = `${root}api/${API_BUNDLE}`): Promise<BuildResult> {
  return build({
    entryPoints: [`${root}api/src/index.ts`],
    outdir: dirname(outfile),
    entryNames: basename(outfile, '.js'),
    chunkNames: 'chunks/[name]-[hash]',
    // Code behind a dynamic import() becomes a chunk of its own, read only when that import runs.
    splitting: true,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    sourcemap: 'linked',
    logLevel: 'warning',
    // The Functions worker answers this one itself at run time; it is not on npm.
    external: ['@azure/functions-core'],
    // Bundled CommonJS dependencies call require(); an ES module has none of its own.
    banner: {
      js: "import { createRequire as __ideabarCreateRequire } from 'node:module'; const require = __ideabarCreateRequire(import.meta.url);",
    },
    // Bundled CommonJS dependencies that read __dirname/__filename (@azure/identity's `open`, used only for
    // interactive sign-in, which IdeaBar never does) get the ES module's own (Node 20.11+).
    define: { __dirname: 'import.meta.dirname', __filename: 'import.meta.filename' },
    metafile: true,
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await buildApi();
  for (const [file, output] of Object.entries(result.metafile?.outputs ?? {})) {
    if (file.endsWith('.js'))
      console.log(`${file.slice(file.indexOf('api/'))}: ${(output.bytes / 1024).toFixed(0)} KiB`);
  }
}
