// npm run corpus:check — prints every problem the corpus checks find (the tests run the same checks).
import fs from 'node:fs';
import path from 'node:path';
import { checkCorpus, parseRecordedIds } from '../main/domain/corpus/corpusChecks';
import { loadCorpusSources } from '../main/domain/corpus/corpusSource';

const root = path.resolve(__dirname, '..');
const sources = loadCorpusSources(path.join(root, 'resources', 'corpus'));
const recorded = parseRecordedIds(fs.readFileSync(path.join(root, 'resources', 'corpus', 'segment-ids.txt'), 'utf8'));
const problems = checkCorpus(sources, recorded);
for (const p of problems) console.log(`${p.check.padEnd(18)} ${p.where}  ${p.detail}`);
const segments = sources.reduce((n, s) => n + s.segments.length, 0);
console.log(`${sources.length} documents, ${segments} segments, ${problems.length} problems`);
process.exit(problems.length === 0 ? 0 : 1);
