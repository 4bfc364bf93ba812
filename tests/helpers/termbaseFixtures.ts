import fs from 'node:fs';
import path from 'node:path';
import type { Concept, TermDomain } from '../../contract/terminology';
import { readStarterTermbase, type StarterTermbase } from '../../main/domain/terminology/starterTermbase';
import { REPO_ROOT } from './corpus';
import { TERMINOLOGY_DIR } from './terminologyCorpus';

/** The starter termbase as the store loads it. */
export const starterTermbase = (): StarterTermbase => readStarterTermbase(path.join(TERMINOLOGY_DIR, 'starter-termbase.json'));

export const TERMINOLOGY_FIXTURES = path.join(REPO_ROOT, 'tests', 'fixtures', 'terminology');

/** tests/fixtures/terminology/realistic-termbase.json: ten concepts made to exercise every field and escape. */
export function realisticTermbase(): { concepts: Concept[]; domains: TermDomain[] } {
  const file = JSON.parse(fs.readFileSync(path.join(TERMINOLOGY_FIXTURES, 'realistic-termbase.json'), 'utf8')) as { concepts: Concept[]; domains: TermDomain[] };
  return { concepts: file.concepts, domains: file.domains };
}
