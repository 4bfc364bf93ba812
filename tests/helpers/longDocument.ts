import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCorpusDatabase } from '../../main/domain/corpus/corpusDatabase';
import type { CorpusDocumentSource, SegmentSource } from '../../main/domain/corpus/corpusSource';
import { bundledSources } from './corpus';
import { seededRandom } from './seededRandom';

/**
 * A long generated document for the virtualised reader's tests and benchmark (issue 14): so many paragraph pairs,
 * recombined from the bundled corpus's paragraphs, with a heading every 12 to 30 paragraphs. Deterministic: the same
 * size gives the same document, key for key and word for word.
 */
export const LONG_DOCUMENT_ID = 'generated-long-document';

/** A sentence pair found only in the second paragraph and the last, so find has a hit at each end. */
export const LONG_DOCUMENT_MARKER = { zh: '本段为长文档的书挡。', en: 'This paragraph is a bookend of the long document.' } as const;

/** The key of the paragraph at `position` (0-based): p00001 onwards, five digits to reach 10,000 and beyond. */
export function longDocumentKey(position: number): string {
  return `p${String(position + 1).padStart(5, '0')}`;
}

export function generateLongDocument(paragraphs: number): CorpusDocumentSource {
  const sources = bundledSources();
  const bodies = sources.flatMap((s) => s.segments.filter((g) => g.kind === 'paragraph' && g.zh && g.en));
  const headings = sources.flatMap((s) => s.segments.filter((g) => g.kind === 'heading' && g.zh && g.en));
  const random = seededRandom(paragraphs);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const segments: SegmentSource[] = [];
  let untilHeading = 2; // the second paragraph is a paragraph, for the bookend
  let section = 0;
  for (let position = 0; position < paragraphs; position++) {
    const id = longDocumentKey(position);
    if (position === 0) {
      segments.push({ id, kind: 'title', zh: `长文档（${paragraphs}段）`, en: `A long document (${paragraphs} paragraphs)` });
    } else if (untilHeading <= 0 && position < paragraphs - 2) {
      section++;
      const heading = pick(headings);
      segments.push({ id, kind: 'heading', level: section % 4 === 1 ? 1 : 2, zh: `第${section}部分 ${heading.zh}`, en: `Part ${section}: ${heading.en}` });
      untilHeading = 12 + Math.floor(random() * 19);
    } else {
      // One paragraph pair, or two short ones run together (about one in four), as the lengths of real documents vary.
      const first = pick(bodies);
      const second = random() < 0.25 && (first.zh?.length ?? 0) < 150 ? pick(bodies) : null;
      const bookend = position === 1 || position === paragraphs - 1;
      segments.push({
        id,
        kind: 'paragraph',
        zh: [first.zh, second?.zh, bookend ? LONG_DOCUMENT_MARKER.zh : undefined].filter(Boolean).join(''),
        en: [first.en, second?.en, bookend ? LONG_DOCUMENT_MARKER.en : undefined].filter(Boolean).join(' '),
      });
      untilHeading--;
    }
  }
  const template = sources[0].document;
  return {
    document: {
      ...template,
      id: LONG_DOCUMENT_ID,
      order: sources.length,
      title: { zh: `长文档（${paragraphs}段）`, en: `A long document (${paragraphs} paragraphs)` },
      summary: { zh: '由内置文档的段落重新组合生成，用于测试长文档的阅读。', en: 'Generated from the bundled documents’ paragraphs, to test reading a long document.' },
      strippedChrome: [],
    },
    segments,
  };
}

/** The bundled corpus with a generated long document beside it, built into a new folder under the system's temporary one. */
export function buildLongDocumentCorpus(paragraphs: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-long-corpus-'));
  const file = path.join(dir, 'corpus.sqlite');
  buildCorpusDatabase([...bundledSources(), generateLongDocument(paragraphs)], file);
  return file;
}

export function removeLongDocumentCorpus(file: string): void {
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
}
