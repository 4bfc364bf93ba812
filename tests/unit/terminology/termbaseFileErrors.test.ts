// A refused termbase file is explained to the user by code, in each interface
// language: every code has its message, and the figures a message names are
// ones the reader gives with that code.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../../contract/languages';
import { createTermbaseCsvReader } from '../../../main/domain/terminology/termbaseCsv';
import { TERMBASE_FILE_ERROR_CODES, type TermbaseFileError } from '../../../main/domain/terminology/termbaseFile';
import { createTbxReader } from '../../../main/domain/terminology/tbxReader';
import { writeTbx } from '../../../main/domain/terminology/tbxWriter';
import { REPO_ROOT } from '../../helpers/corpus';
import { realisticTermbase } from '../../helpers/termbaseFixtures';

type Messages = { at: Record<string, string>; error: Record<string, string> };
const messages = (language: string): Messages =>
  JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'locales', language, 'translation.json'), 'utf8')).termbaseFile as Messages;

const context = { importedAt: '2026-12-10T12:00:00.000Z', importedBy: 'Importer' };
const tbx = createTbxReader(context);
const csv = createTermbaseCsvReader(context);
const good = writeTbx(realisticTermbase(), { title: 't', appVersion: '1' });
const CSV_HEADER = 'concept_id,language,term,status,type,date,concept_note\r\n';

/** Files that each break one rule, so that most codes are met as a user would meet them. */
const BAD: [typeof tbx, string][] = [
  [tbx, good.replace('<term>医联体</term>', '<term></term>')],
  [tbx, good.replace('<term>医联体</term>', `<term>${'长'.repeat(201)}</term>`)],
  [tbx, good.replace('xml:lang="zh"', 'xml:lang="ja"')],
  [tbx, good.replace('>abbreviation<', '>nickname<')],
  [tbx, good.replace('>admittedTerm-admn-sts<', '>approved<')],
  [tbx, good.replace('<date>2026-11-30</date>', '<date>yesterday</date>')],
  [tbx, good.replace('<conceptEntry id="c011">', '<conceptEntry id="c002">')],
  [tbx, good.replace('<termSec id="c002.t1">', '<termSec id="c002.t1"><bogus/>')],
  [tbx, good.replace('<tbx ', '<tbx><x></tbx><tbx ')],
  [tbx, good.replace('<tbx ', '<!DOCTYPE tbx [<!ENTITY a "b">]>\n<tbx ')],
  [tbx, good.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')],
  [tbx, '<martif2/>'],
  [csv, `${CSV_HEADER}k1,en,x,,,,\r\nk1,en,y,,,,other\r\n`],
  [csv, 'language,term\r\nen,x\r\n'],
  [csv, `${CSV_HEADER}k1,en,"x\r\n`],
  [csv, `${CSV_HEADER}k1,en,x,,,,\r\nk1,en,x,,,,\r\n`.replace('concept_id,', 'term_id,concept_id,').replace(/k1,en/g, 'same,k1,en')],
];

const fill = (template: string, error: TermbaseFileError) =>
  template.replace(/{{\s*(\w+)\s*}}/g, (whole, name: string) => {
    const value = (error.params as Record<string, unknown>)[name];
    return value === undefined ? whole : String(value);
  });

describe('messages of a refused termbase file', () => {
  it('exist for every code, and for where in the file, in every interface language', () => {
    for (const language of UI_LANGUAGES) {
      const { at, error } = messages(language);
      expect(Object.keys(error).sort(), language).toEqual([...TERMBASE_FILE_ERROR_CODES].sort());
      expect(Object.keys(at).sort(), language).toEqual(['line', 'lineColumn', 'row']);
    }
  });

  it('name only figures the reader gives, so no placeholder is ever shown raw', () => {
    const met = new Set<string>();
    for (const [reader, text] of BAD) {
      const result = reader.read(Buffer.from(text, 'utf8'), 'bad');
      expect(result.ok, text.slice(0, 80)).toBe(false);
      if (result.ok) continue;
      met.add(result.error.code);
      for (const language of UI_LANGUAGES) {
        const { at, error } = messages(language);
        const where = result.error.params.row !== undefined ? at.row : result.error.params.column !== undefined ? at.lineColumn : result.error.params.line !== undefined ? at.line : '';
        expect(fill(`${where} ${error[result.error.code]}`, result.error), `${language} ${result.error.code}`).not.toMatch(/{{/);
      }
    }
    expect(met.size).toBeGreaterThanOrEqual(15);
  });
});
