// TBX export and import of the termbase (issue "Terminology workbench"): what is
// written reads back whole, is valid TBX-Basic, and other tools' files import.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Concept } from '../../../contract/terminology';
import { createTbxReader } from '../../../main/domain/terminology/tbxReader';
import { writeTbx } from '../../../main/domain/terminology/tbxWriter';
import type { ParsedTermbase, TermbaseReadResult } from '../../../main/domain/terminology/termbaseFile';
import { REPO_ROOT } from '../../helpers/corpus';
import { realisticTermbase, starterTermbase, TERMINOLOGY_FIXTURES } from '../../helpers/termbaseFixtures';
import { tempDir } from '../../helpers/tempDir';

const SCHEMA = path.join(REPO_ROOT, 'tests', 'fixtures', 'schemas', 'tbx-basic-v3.rng');
const context = { importedAt: '2026-12-10T12:00:00.000Z', importedBy: 'Importer' };
const reader = createTbxReader(context);
const options = { title: 'Termbase <test> & "title"', appVersion: '9.8.7' };

function read(xml: string | Buffer): ParsedTermbase {
  const result: TermbaseReadResult = reader.read(typeof xml === 'string' ? Buffer.from(xml, 'utf8') : xml, 'file.tbx');
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
  return result.value;
}

const fixture = (name: string) => fs.readFileSync(path.join(TERMINOLOGY_FIXTURES, name));

describe('TBX round trip', () => {
  it('gives back every concept, term, source, date, note and matching option of the hand-made termbase', () => {
    const termbase = realisticTermbase();
    const back = read(writeTbx(termbase, options));
    expect(back.concepts).toEqual(termbase.concepts);
    expect(back.domains).toEqual(termbase.domains);
    expect(back.ignored).toEqual({});
  });

  it('gives back the whole starter termbase', () => {
    const termbase = starterTermbase();
    const back = read(writeTbx(termbase, options));
    expect(back.concepts).toEqual(termbase.concepts);
    expect(back.domains).toEqual(termbase.domains);
  });

  it('writes what TBX-Basic names: subject field, statuses, term types, sources, transactions', () => {
    const xml = writeTbx(realisticTermbase(), options);
    expect(xml).toContain('<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">');
    expect(xml).toContain('<descrip type="subjectField">Medical security</descrip>');
    for (const status of ['preferredTerm-admn-sts', 'admittedTerm-admn-sts', 'supersededTerm-admn-sts', 'deprecatedTerm-admn-sts']) {
      expect(xml).toContain(`<termNote type="administrativeStatus">${status}</termNote>`);
    }
    expect(xml).toMatch(/<term>医保局<\/term>\s*<termNote type="termType">abbreviation<\/termNote>/);
    expect(xml).toContain('<transacNote type="responsibility">李明</transacNote>');
    expect(xml).toContain('<admin type="source">authority; name=WHO glossary%3B 2nd ed. %7C draft; reference=p. 12%3B §3 100%25; date=2019-10-01</admin>');
    expect(xml).toContain('<note>Ours: the team\'s working term for briefings.\nSecond line, with &lt;angle brackets&gt; &amp; an ampersand.</note>');
  });

  it('keeps a Traditional term once it is made Simplified, and the later duplicate out', () => {
    const concept = realisticTermbase().concepts[0];
    const xml = writeTbx({ concepts: [concept], domains: [] }, options).replace('<langSec xml:lang="en">', '<langSec xml:lang="zh-TW"><termSec><term>醫聯體</term></termSec><termSec><term>醫療聯合體網路</term></termSec></langSec><langSec xml:lang="en">');
    const back = read(xml);
    expect(back.concepts[0].terms.filter((t) => t.language === 'zh').map((t) => t.text)).toEqual(['医疗联合体', '医联体', '医疗联合体网路']);
    expect(back.ignored).toEqual({ 'duplicate-term': 1 });
  });

  it('holds what it reads to the contract the workbench\'s own form uses: a source citing no possible document is refused', () => {
    const xml = writeTbx(realisticTermbase(), options).replace('document=national-health-plan-14th-fyp-2022; segment=p0025', 'document=National Plan; segment=p0025');
    const result = reader.read(Buffer.from(xml), 'x.tbx');
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-field', params: { id: 'c002', value: 'terms.1.sources.0.documentId' } } });
  });

  it('refuses to write a concept without terms, which TBX cannot hold', () => {
    const empty: Concept = { ...realisticTermbase().concepts[0], terms: [] };
    expect(() => writeTbx({ concepts: [empty], domains: [] }, options)).toThrow(/no term/);
  });
});

/** Debian's libxml2-utils; under CI its absence is a failure, elsewhere the validation is skipped. */
const xmllint = spawnSync('xmllint', ['--version']).status === 0;

function validate(files: Record<string, string | Buffer>): { status: number | null; stderr: string } {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--relaxng', SCHEMA, ...Object.keys(files).map((f) => path.join(dir, f))], { encoding: 'utf8' });
  return { status: run.status, stderr: run.stderr };
}

describe('TBX export, by the RELAX NG schema of TBX-Basic v3 (xmllint --relaxng)', () => {
  it.skipIf(!xmllint && process.env.CI !== 'true')('is valid for the starter termbase and the hand-made one, and so is the v3 file of another tool', () => {
    expect(xmllint, 'xmllint (Debian package libxml2-utils) must be installed where CI=true').toBe(true);
    const run = validate({
      'starter.tbx': writeTbx(starterTermbase(), options),
      'realistic.tbx': writeTbx(realisticTermbase(), options),
      'other-tool-v3.tbx': fixture('other-tool-v3.tbx'),
    });
    expect(run.stderr).toMatch(/starter.tbx validates\n.*realistic.tbx validates\n.*other-tool-v3.tbx validates/);
    expect(run.status).toBe(0);
  });

  it.skipIf(!xmllint && process.env.CI !== 'true')('holds the writer to the dialect: an invented status, a date in another format or an empty term fails', () => {
    expect(xmllint, 'xmllint (Debian package libxml2-utils) must be installed where CI=true').toBe(true);
    const good = writeTbx(realisticTermbase(), options);
    const broken = {
      'status.tbx': good.replace('preferredTerm-admn-sts', 'preferred'),
      'date.tbx': good.replace('<date>2026-11-30</date>', '<date>30.11.2026</date>'),
      'term.tbx': good.replace('<term>医联体</term>', '<term> </term>'),
      'dialect.tbx': good.replace('type="TBX-Basic"', 'type="TBX-Core"'),
    };
    for (const [name, content] of Object.entries(broken)) {
      expect(content, name).not.toBe(good);
      const { status, stderr } = validate({ [name]: content });
      expect(status, name).not.toBe(0);
      expect(stderr).toMatch(/fails to validate/);
    }
  });
});

describe('TBX import from other tools', () => {
  it('reads TBX v2 (martif, tig and ntig): statuses, Traditional made Simplified, sources, dates and who changed it', () => {
    const { concepts, domains, ignored } = read(fixture('other-tool-v2.tbx'));
    expect(concepts.map((c) => c.id)).toEqual(['imported-1', 'imported-2']);
    const [insurance, disease] = concepts;
    expect(insurance).toMatchObject({ domain: 'medical-security', origin: 'user', createdAt: '2024-05-06T10:22:11', changedBy: 'Reviewer B', changedAt: '2024-06-01T08:00:00' });
    expect(insurance.terms.map((t) => [t.language, t.text, t.status, t.termType])).toEqual([
      ['zh', '基本医疗保险', 'preferred', 'fullForm'],
      ['zh', '健保', 'admitted', 'shortForm'],
      ['en', 'basic medical insurance', 'preferred', 'fullForm'],
      ['en', 'basic health insurance', 'forbidden', 'fullForm'],
    ]);
    expect(insurance.terms[1].note).toBe("Taiwan's usual word.");
    expect(insurance.terms[2]).toMatchObject({ date: '2021-07-15', sources: [{ kind: 'authority', name: 'Shanghai press release, 2021', reference: null, date: null }] });
    expect(insurance.terms[3]).toMatchObject({ note: 'Avoid: reads as private cover.', sources: [{ kind: 'authority', name: 'Style guide & glossary, 3rd ed.' }] });
    expect(disease).toMatchObject({ domain: 'public-health', createdAt: context.importedAt, changedBy: 'Importer' });
    expect(disease.terms.map((t) => [t.text, t.status])).toEqual([['传染病', 'admitted'], ['infectious disease', 'admitted']]);
    expect(domains).toEqual([
      { id: 'medical-security', en: 'Medical security', zh: 'Medical security' },
      { id: 'public-health', en: 'Public health', zh: 'Public health' },
    ]);
    expect(ignored).toEqual({ 'descrip/definition': 1, 'termNote/partOfSpeech': 1, 'descrip/context': 1, 'duplicate-term': 1 });
  });

  it('reads the same v2 file saved as UTF-16 with its byte-order mark, as MultiTerm saves it', () => {
    const utf8 = fixture('other-tool-v2.tbx').toString('utf8');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf8.replace('encoding="UTF-8"', 'encoding="UTF-16"'), 'utf16le')]);
    expect(read(utf16).concepts).toEqual(read(utf8).concepts);
  });

  it('reads TBX v3 of another tool: ids kept, a term id made where the file has none, other categories counted', () => {
    const { concepts, ignored } = read(fixture('other-tool-v3.tbx'));
    expect(concepts).toHaveLength(1);
    expect(concepts[0]).toMatchObject({ id: 'ph-0042', note: 'Events, not rates.', domain: 'public-health' });
    expect(concepts[0].terms.map((t) => [t.id, t.language, t.text, t.status])).toEqual([
      ['ph-0042-en-1', 'en', 'public health emergency', 'preferred'],
      ['ph-0042-en-2', 'en', 'public health incidence', 'forbidden'],
      ['ph-0042.t3', 'zh', '突发公共卫生事件', 'preferred'],
    ]);
    expect(ignored).toEqual({ 'descrip/definition': 1, 'termNote/partOfSpeech': 1, 'descrip/context': 1, 'admin/customerSubset': 1 });
  });
});
