// Size of the client as a browser app would ship it: dist/index.js bundled by esbuild
// (platform browser, ESM), with its dependencies (graphql-request, graphql) bundled in and
// without them (as they count when an app already has them). Run `pnpm build` first.
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync, brotliCompressSync } from 'node:zlib'
import { build } from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const entry = join(root, 'dist/index.js')
if (!existsSync(entry)) {
  console.error('dist/index.js is missing: run `pnpm --filter @clinic/client build` first.')
  process.exit(1)
}
const dependencies = ['graphql', 'graphql-request', '@graphql-typed-document-node/core']

async function bundle({ contents, external = [], minify }) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    minify,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    external,
    write: false,
    logLevel: 'silent',
  })
  return result.outputFiles[0].contents
}

const cases = [
  ['whole client, with dependencies', `export * from ${JSON.stringify(entry)}`, []],
  ['whole client, without dependencies', `export * from ${JSON.stringify(entry)}`, dependencies],
  // sideEffects: false lets bundlers drop the request layer when only the Blocks helpers are used.
  ['Blocks helpers only', `export { blocksToPlainText, readingMinutes } from ${JSON.stringify(entry)}`, []],
]

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`.padStart(9)
console.log(`${'bundle'.padEnd(36)}${'raw'.padStart(9)}${'minified'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}`)
for (const [name, contents, external] of cases) {
  const raw = await bundle({ contents, external, minify: false })
  const min = await bundle({ contents, external, minify: true })
  const gzip = gzipSync(min, { level: 9 }).length
  const brotli = brotliCompressSync(min).length
  console.log(`${name.padEnd(36)}${kb(raw.length)} ${kb(min.length)} ${kb(gzip)} ${kb(brotli)}`)
}
