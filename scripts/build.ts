// Builds everything the app runs: the corpus database, the Electron main and
// preload bundles, the loopback browser host and the renderer.
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { COMPACT_LEXICON_FILE, readCedictJson } from '../main/domain/alignment/cedictLexicon';
import { META_CONTENT_SECURITY_POLICY } from '../main/serving/contentSecurityPolicy';
import { buildBundledCorpus } from './build-corpus';
import { writeBundledFonts } from './bundledFonts';

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');

async function build(): Promise<void> {
  fs.rmSync(dist, { recursive: true, force: true });
  buildBundledCorpus(root);

  const node: esbuild.BuildOptions = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    // pdf.js is ECMAScript modules only and loads its worker file beside itself: the import parsers
    // import() it from node_modules at run time, so it stays out of the CommonJS bundles.
    external: ['electron', 'better-sqlite3', 'pdfjs-dist'],
    logLevel: 'warning',
  };
  await Promise.all([
    esbuild.build({ ...node, entryPoints: { 'electron-main': 'main/electron/electron-main.ts' }, outdir: path.join(dist, 'main') }),
    // A sandboxed preload may only require('electron'): everything else is bundled in.
    esbuild.build({ ...node, entryPoints: { preload: 'preload/preload.ts' }, outdir: path.join(dist, 'preload') }),
    esbuild.build({ ...node, entryPoints: { 'browser-host': 'main/host/browser-host-cli.ts' }, outdir: path.join(dist, 'host') }),
    // Imports are parsed and aligned in a worker thread, which the Electron main and the browser host both start from here.
    esbuild.build({ ...node, entryPoints: { 'import-worker': 'main/domain/documents/importWorker.ts' }, outdir: path.join(dist, 'main') }),
    esbuild.build({
      bundle: true,
      platform: 'browser',
      target: 'chrome130',
      format: 'iife',
      jsx: 'automatic',
      minify: true,
      // The OpenCC tables (renderer/script/) are mostly Han: as UTF-8, not \u escapes, they take half the room.
      charset: 'utf8',
      sourcemap: true,
      define: { 'process.env.NODE_ENV': '"production"' },
      entryPoints: { app: 'renderer/main.tsx' },
      outdir: path.join(dist, 'renderer'),
      logLevel: 'warning',
    }),
  ]);

  fs.writeFileSync(path.join(dist, 'main', COMPACT_LEXICON_FILE), readCedictJson().toCompact());
  const html = fs.readFileSync(path.join(root, 'renderer', 'index.html'), 'utf8');
  fs.writeFileSync(path.join(dist, 'renderer', 'index.html'), html.replace('%CONTENT_SECURITY_POLICY%', META_CONTENT_SECURITY_POLICY));
  fs.copyFileSync(path.join(root, 'resources', 'icons', 'icon.svg'), path.join(dist, 'renderer', 'icon.svg'));
  const fonts = writeBundledFonts(path.join(dist, 'renderer'), path.join(root, 'node_modules'));
  console.log(`build: ${fonts.files.length} CJK font chunks, ${(fonts.bytes / 1e6).toFixed(1)} MB`);
  console.log('build: dist/ written');
}

build().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
