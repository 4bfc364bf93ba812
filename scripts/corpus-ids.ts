// npm run corpus:record-ids — adds the ids of new segments to the committed
// reference list (resources/corpus/segment-ids.txt). It never removes one:
// an id that existed must keep existing, and the corpus checks fail if it does not.
import fs from 'node:fs';
import path from 'node:path';
import { makeSegmentId } from '../contract/segmentId';
import { parseRecordedIds } from '../main/domain/corpus/corpusChecks';
import { loadCorpusSources } from '../main/domain/corpus/corpusSource';

const root = path.resolve(__dirname, '..');
const listFile = path.join(root, 'resources', 'corpus', 'segment-ids.txt');
const HEADER = '# Every segment id the corpus has ever had. Ids are permanent: annotations anchor to them.\n# Appended by `npm run corpus:record-ids`; the corpus checks fail when one disappears.\n';

const recorded = fs.existsSync(listFile) ? parseRecordedIds(fs.readFileSync(listFile, 'utf8')) : [];
const known = new Set(recorded);
const added = loadCorpusSources(path.join(root, 'resources', 'corpus'))
  .flatMap(({ document, segments }) => segments.map((s) => makeSegmentId(document.id, s.id)))
  .filter((id) => !known.has(id));
fs.writeFileSync(listFile, HEADER + [...recorded, ...added].map((id) => `${id}\n`).join(''));
console.log(`segment ids: ${recorded.length} recorded before, ${added.length} added`);
