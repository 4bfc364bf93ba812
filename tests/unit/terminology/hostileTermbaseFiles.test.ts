// Every termbase file reader faces the same hostile files through the same
// interface (STYLE.md: "Parsers of users' files … sit behind one small
// interface each"): each is refused with a code the UI can translate, and
// nothing of it is imported.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTermbaseCsvReader } from '../../../main/domain/terminology/termbaseCsv';
import {
  readTermbaseFile,
  TERMBASE_MAX_BYTES,
  type TermbaseFileErrorCode,
  type TermbaseFileReader,
  type TermbaseReadResult,
} from '../../../main/domain/terminology/termbaseFile';
import { createTbxReader } from '../../../main/domain/terminology/tbxReader';
import { tempDir } from '../../helpers/tempDir';

const context = { importedAt: '2026-12-10T12:00:00.000Z', importedBy: 'Importer' };
const readers: TermbaseFileReader[] = [createTbxReader(context), createTermbaseCsvReader(context)];

const tbx = (body: string, doctype = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${doctype}<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">\n<tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>\n<text><body>${body}</body></text></tbx>\n`;
const entry = (lang: string, term: string) => `<conceptEntry id="c1"><langSec xml:lang="${lang}"><termSec><term>${term}</term></termSec></langSec></conceptEntry>`;
const GOOD_TBX = tbx(entry('en', 'health'));
const GOOD_CSV = 'concept_id,language,term\r\nc1,en,health\r\n';

const LAUGHS = [
  '<!DOCTYPE tbx [',
  ' <!ENTITY lol "lol">',
  ...Array.from({ length: 9 }, (_, i) => ` <!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`),
  ']>\n',
].join('\n');

/** A deterministic stream of bytes, NULs among them, as a corrupted or binary file would be. */
function junk(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let seed = 12345;
  for (let i = 0; i < length; i += 1) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = seed >> 16;
  }
  return bytes;
}

interface HostileFile {
  name: string;
  bytes: Buffer;
  /** The refusal every reader gives, or the one of the reader of that format (the other refuses too, for its own reason). */
  expected: { code: TermbaseFileErrorCode; params?: object; format?: 'tbx' | 'csv' };
}

const HOSTILE: HostileFile[] = [
  { name: 'an empty file', bytes: Buffer.alloc(0), expected: { code: 'empty' } },
  { name: 'only white space and a BOM', bytes: Buffer.from('\uFEFF \r\n\t\n'), expected: { code: 'empty' } },
  { name: 'binary junk', bytes: junk(4096), expected: { code: 'not-text' } },
  { name: 'UTF-16 without a byte-order mark', bytes: Buffer.from(GOOD_TBX, 'utf16le'), expected: { code: 'not-text' } },
  { name: 'Latin-1 bytes that are not UTF-8', bytes: Buffer.from('concept_id,language,term\r\nc1,en,sant\xe9\r\n', 'latin1'), expected: { code: 'not-text' } },
  { name: 'an entity expansion bomb', bytes: Buffer.from(tbx(entry('en', '&lol9;'), LAUGHS)), expected: { code: 'forbidden-markup', format: 'tbx' } },
  {
    name: 'an external entity',
    bytes: Buffer.from(tbx(entry('en', '&xxe;'), '<!DOCTYPE tbx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n')),
    expected: { code: 'forbidden-markup', format: 'tbx' },
  },
  { name: 'an entity no DOCTYPE declares', bytes: Buffer.from(tbx(entry('en', '&xxe;'))), expected: { code: 'forbidden-markup', params: { line: 4 }, format: 'tbx' } },
  // The column is just past </langSec>, the end tag that closes nothing open.
  { name: 'malformed XML', bytes: Buffer.from(tbx(entry('en', 'health').replace('</termSec>', ''))), expected: { code: 'not-well-formed', params: { line: 4, column: 96 }, format: 'tbx' } },
  { name: 'a TBX term in French', bytes: Buffer.from(tbx(entry('fr', 'santé'))), expected: { code: 'unsupported-language', params: { line: 4, language: 'fr' }, format: 'tbx' } },
  { name: 'a TBX term without text', bytes: Buffer.from(tbx(entry('en', '  '))), expected: { code: 'empty-term', params: { line: 4 }, format: 'tbx' } },
  { name: 'a CSV row in French', bytes: Buffer.from(GOOD_CSV.replace('c1,en,health', 'c1,fr,santé')), expected: { code: 'unsupported-language', params: { row: 2, language: 'fr' }, format: 'csv' } },
  { name: 'a CSV quote never closed', bytes: Buffer.from(`${GOOD_CSV}c2,en,"open\r\n`), expected: { code: 'malformed-csv', params: { row: 3 }, format: 'csv' } },
];

function expectRefused(result: TermbaseReadResult, expected: HostileFile['expected'] | null, label: string): void {
  expect(result.ok, label).toBe(false);
  expect(result, label).not.toHaveProperty('value');
  if (!result.ok && expected) expect(result.error, label).toMatchObject({ code: expected.code, params: expected.params ?? {} });
  if (!result.ok) expect(result.error.message.length, label).toBeGreaterThan(0);
}

describe('hostile termbase files, through every reader', () => {
  it('both readers take their own good file, so a refusal below is the file, not the reader', () => {
    expect(readers[0].read(Buffer.from(GOOD_TBX), 'good.tbx')).toMatchObject({ ok: true, value: { concepts: [{ id: 'c1', terms: [{ text: 'health' }] }] } });
    expect(readers[1].read(Buffer.from(GOOD_CSV), 'good.csv')).toMatchObject({ ok: true, value: { concepts: [{ id: 'c1', terms: [{ text: 'health' }] }] } });
  });

  for (const file of HOSTILE) {
    it(`refuse ${file.name}, importing nothing`, () => {
      for (const reader of readers) {
        const applies = file.expected.format === undefined || file.expected.format === reader.format;
        expectRefused(reader.read(file.bytes, `hostile.${reader.format}`), applies ? file.expected : null, `${reader.format}: ${file.name}`);
      }
    });
  }

  it('refuse each other\'s files', () => {
    expectRefused(readers[0].read(Buffer.from(GOOD_CSV), 'x.tbx'), { code: 'not-well-formed' }, 'csv to tbx');
    expectRefused(readers[1].read(Buffer.from(GOOD_TBX), 'x.csv'), { code: 'missing-column', params: { row: 1, header: 'concept_id' } }, 'tbx to csv');
  });

  it('refuse a file of 100 MB: from disk by its size alone, and as bytes before decoding them', () => {
    const file = path.join(tempDir(), 'huge.tbx');
    // Written a megabyte at a time, so the test never holds the file twice.
    const chunk = Buffer.from(`<conceptEntry id="c">${'x'.repeat(1024 * 1024 - 40)}</conceptEntry>\n`.slice(0, 1024 * 1024));
    const fd = fs.openSync(file, 'w');
    fs.writeSync(fd, '<tbx>');
    for (let i = 0; i < 100; i += 1) fs.writeSync(fd, chunk);
    fs.closeSync(fd);
    expect(fs.statSync(file).size).toBeGreaterThan(TERMBASE_MAX_BYTES);
    const tooLarge = { code: 'too-large' as const, params: { limit: TERMBASE_MAX_BYTES } };
    for (const reader of readers) expectRefused(readTermbaseFile(file, reader), tooLarge, `${reader.format} from disk`);
    const bytes = fs.readFileSync(file);
    for (const reader of readers) expectRefused(reader.read(bytes, 'huge'), tooLarge, `${reader.format} as bytes`);
  });
});
