/**
 * Run as a child process by the crash-safety test: writes a burst of
 * annotations, one transaction each, and prints "<index> <id>" only after
 * each one is committed, until it is killed.
 */
import fs from 'node:fs';
import { AnnotationService } from '../../main/domain/annotations/annotationService';
import { CorpusRepository } from '../../main/domain/corpus/corpusRepository';
import { openUserDatabase } from '../../main/domain/database/userDatabase';
import { burstAnnotation } from './annotationBurst';

const [userDataDir, corpusFile, countText] = process.argv.slice(2);
const corpus = CorpusRepository.open(corpusFile);
const user = openUserDatabase(userDataDir);
const segments = corpus.listDocuments().flatMap((d) => corpus.getDocument(d.id)!.segments.map((s) => ({ ...s, documentId: d.id })));
const service = new AnnotationService(
  user.db,
  { getSegment: (id) => corpus.getSegment(id), documentOrder: () => corpus.listDocuments().map((d) => d.id) },
  { author: () => 'burst' },
);

for (let i = 0; i < Number(countText); i++) {
  const annotation = service.create(burstAnnotation(segments, i));
  fs.writeSync(1, `${i} ${annotation.id}\n`);
}
