import type { TextLanguage } from '../../../contract/languages';
import type { TextOrigin } from '../../../contract/model';
import type { Connection } from '../database/connection';
import type { HitProvenance, SegmentProvenance } from '../search/searchProvenance';

interface ProvenanceRow {
  id: string;
  origin_zh: TextOrigin;
  origin_en: TextOrigin;
  review_note_en: string | null;
  review_note_zh_cn: string | null;
  review_note_zh_tw: string | null;
}

/** The corpus's provenance records, as search reads them: its segment table says where each side comes from. */
export class CorpusProvenance implements SegmentProvenance {
  private readonly select;

  constructor(db: Connection) {
    this.select = db.prepare(
      `SELECT g.id, g.origin_zh, g.origin_en, g.review_note_en, g.review_note_zh_cn, g.review_note_zh_tw
       FROM json_each(?) j JOIN segment g ON g.id = j.value`,
    );
  }

  segmentsWithOrigin(side: TextLanguage): string {
    return side === 'zh' ? 'SELECT id FROM segment WHERE origin_zh = ?' : 'SELECT id FROM segment WHERE origin_en = ?';
  }

  of(segmentIds: readonly string[]): ReadonlyMap<string, HitProvenance> {
    if (segmentIds.length === 0) return new Map();
    const rows = this.select.all(JSON.stringify(segmentIds)) as ProvenanceRow[];
    return new Map(
      rows.map((r) => [
        r.id,
        {
          origin: { zh: r.origin_zh, en: r.origin_en },
          reviewNote:
            r.review_note_en === null || r.review_note_zh_cn === null || r.review_note_zh_tw === null
              ? null
              : { en: r.review_note_en, 'zh-CN': r.review_note_zh_cn, 'zh-TW': r.review_note_zh_tw },
        },
      ]),
    );
  }
}
