// The termbase as a spreadsheet (issue "Terminology workbench"): what is
// exported reads back whole, opens safely in Excel, and a hand-typed sheet
// imports with its mistakes named by row.
import { describe, expect, it } from 'vitest';
import type { TermDomain } from '../../../contract/terminology';
import { createTermbaseCsvReader, TERMBASE_CSV_COLUMNS, writeTermbaseCsv } from '../../../main/domain/terminology/termbaseCsv';
import type { ParsedTermbase, TermbaseReadResult } from '../../../main/domain/terminology/termbaseFile';
import { realisticTermbase, starterTermbase } from '../../helpers/termbaseFixtures';

const context = { importedAt: '2026-12-10T12:00:00.000Z', importedBy: 'Importer' };
const reader = createTermbaseCsvReader(context);
const readResult = (csv: string): TermbaseReadResult => reader.read(Buffer.from(csv, 'utf8'), 'sheet.csv');

function read(csv: string): ParsedTermbase {
  const result = readResult(csv);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Domains a spreadsheet carries: those its concepts use (in the order the rows first name them). */
const byId = (domains: readonly TermDomain[]) => [...domains].sort((a, b) => a.id.localeCompare(b.id));
const usedDomains = (termbase: ReturnType<typeof realisticTermbase>) => byId(termbase.domains.filter((d) => termbase.concepts.some((c) => c.domain === d.id)));

describe('CSV round trip', () => {
  it('gives back every concept, term, source, date, note and matching option of the hand-made termbase', () => {
    const termbase = realisticTermbase();
    const back = read(writeTermbaseCsv(termbase));
    expect(back.concepts).toEqual(termbase.concepts);
    expect(byId(back.domains)).toEqual(usedDomains(termbase));
    expect(back.ignored).toEqual({});
  });

  it('gives back the whole starter termbase', () => {
    const termbase = starterTermbase();
    const back = read(writeTermbaseCsv(termbase));
    expect(back.concepts).toEqual(termbase.concepts);
    expect(byId(back.domains)).toEqual(usedDomains(termbase));
  });
});

describe('CSV export for spreadsheets', () => {
  const csv = writeTermbaseCsv(realisticTermbase());
  const lines = csv.split('\r\n');

  it('starts with a BOM so Excel reads the Chinese as UTF-8, then one header row and one row per term, CRLF-ended', () => {
    expect(csv.startsWith('\uFEFFconcept_id,language,term,status,type,note,date,sources,')).toBe(true);
    expect(lines[0].slice(1).split(',')).toEqual([...TERMBASE_CSV_COLUMNS]);
    expect(lines.filter((l) => l.startsWith('c011,'))).toHaveLength(5);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('repeats a concept\'s domain and note on each of its rows, and writes sources in the compact notation', () => {
    const rows = lines.filter((l) => l.startsWith('c011,'));
    for (const row of rows) expect(row).toContain(',medical-security,Medical security,医疗保障,The Shanghai release and the hospital\'s news item name the bureau differently.,');
    expect(rows[2]).toContain('corpus; document=shanghai-health-plan-briefing-2021; segment=p0003; origin=published; count=1; date=2021-07-15 | authority; name=国家医疗保障局《医疗保障名词术语》; reference=第 2.1 条; date=2021-03-01');
  });

  it('puts an apostrophe before a cell a spreadsheet would run as a formula, and quotes what needs quoting', () => {
    expect(csv).toContain(",'=SUM(A1) is not a formula here; -1 nor +1 nor @x either.,");
    expect(csv).not.toMatch(/,[=+\-@]/);
    // The term already starts with an apostrophe: one more, so the reader's taking one off gives it back.
    expect(csv).toContain(`u002,en,"''=one old, one young",forbidden`);
    expect(csv).toContain('"  Leading and trailing spaces are kept.  "');
    expect(csv).toContain('"Ours: the team\'s working term for briefings.\nSecond line, with <angle brackets> & an ampersand."');
  });
});

describe('CSV import of a sheet typed by hand', () => {
  it('needs only concept, language and term; the rest takes the defaults (Chinese never inflects), and the importer and time of import', () => {
    const { concepts, domains } = read('concept_id,language,term,status,domain\r\nk1,zh,医保,Preferred,medical-security\r\nk1,en-US,medical insurance,,medical-security\r\n,,,,\r\n');
    expect(concepts).toEqual([
      {
        id: 'k1',
        domain: 'medical-security',
        note: '',
        origin: 'user',
        createdAt: context.importedAt,
        changedBy: 'Importer',
        changedAt: context.importedAt,
        terms: [
          { id: 'k1.t1', language: 'zh', text: '医保', termType: 'fullForm', status: 'preferred', note: '', date: null, sources: [], matching: { caseSensitive: false, hyphenVariants: false, inflections: false } },
          { id: 'k1.t2', language: 'en', text: 'medical insurance', termType: 'fullForm', status: 'admitted', note: '', date: null, sources: [], matching: { caseSensitive: false, hyphenVariants: false, inflections: true } },
        ],
      },
    ]);
    expect(domains).toEqual([{ id: 'medical-security', en: 'medical-security', zh: 'medical-security' }]);
  });

  it('reads a sheet saved with semicolons, as Excel does in some locales, and a free-text source as an authority', () => {
    const { concepts } = read('concept_id;language;term;sources\nk1;zh-TW;醫療保險;衛福部 名詞\n');
    expect(concepts[0].terms[0]).toMatchObject({ language: 'zh', text: '医疗保险', sources: [{ kind: 'authority', name: '衛福部 名詞', reference: null, date: null }] });
  });

  it('names the row of each mistake, and imports nothing', () => {
    const header = 'concept_id,language,term,status,date,concept_note,case_sensitive\r\n';
    const cases: [string, object][] = [
      ['k1,fr,santé,,,,\r\n', { code: 'unsupported-language', params: { row: 2, language: 'fr' } }],
      ['k1,en,health,,,,\r\nk2,en,  ,,,,\r\n', { code: 'empty-term', params: { row: 3 } }],
      ['k1,en,health,approved,,,\r\n', { code: 'unknown-status', params: { row: 2, value: 'approved' } }],
      ['k1,en,health,,2021-02-30,,\r\n', { code: 'invalid-date', params: { row: 2, value: '2021-02-30' } }],
      ['k1,en,health,,,A,\r\nk1,zh,健康,,,B,\r\n', { code: 'inconsistent-concept', params: { row: 3, header: 'concept_note', id: 'k1' } }],
      ['k1,en,health,,,,maybe\r\n', { code: 'invalid-field', params: { row: 2, header: 'case_sensitive', value: 'maybe' } }],
      ['k1,en,"health\r\n', { code: 'malformed-csv', params: { row: 2 } }],
      ['k1,en,health,,,,,extra\r\n', { code: 'malformed-csv', params: { row: 2 } }],
    ];
    for (const [rows, error] of cases) expect(readResult(header + rows), rows).toMatchObject({ ok: false, error });
    expect(readResult('language,term\r\nen,health\r\n')).toMatchObject({ ok: false, error: { code: 'missing-column', params: { header: 'concept_id' } } });
  });

  it('counts the row of a quoted cell that spans lines as one row', () => {
    expect(readResult('concept_id,language,note,term\r\nk1,en,"two\r\nlines",health\r\nk1,xx,,x\r\n')).toMatchObject({ ok: false, error: { code: 'unsupported-language', params: { row: 3 } } });
  });
});
