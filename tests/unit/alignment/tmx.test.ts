import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALIGNMENT_LEVELS, type AlignmentLevel } from '../../../contract/alignment';
import type { TextLanguage } from '../../../contract/languages';
import type { DocumentDetail, Segment } from '../../../contract/model';
import { makeSentenceId } from '../../../contract/sentenceId';
import { documentToTmx, exportDocumentTmx, TMX_LANGUAGE, TMX_PROP } from '../../../main/domain/alignment/documentTmx';
import { propValue, type TmxFile, type TmxUnit } from '../../../main/domain/alignment/tmxModel';
import { readTmx } from '../../../main/domain/alignment/tmxReader';
import { writeTmx } from '../../../main/domain/alignment/tmxWriter';
import { createBackend } from '../../../main/domain/backend';
import { CorpusRepository } from '../../../main/domain/corpus/corpusRepository';
import { dispatchApiCall } from '../../../main/domain/dispatch';
import { buildBundledCorpusInto, REPO_ROOT } from '../../helpers/corpus';
import { tempDir, tempDirForFile } from '../../helpers/tempDir';

const DTD = path.join(REPO_ROOT, 'tests', 'fixtures', 'tmx', 'tmx14b.dtd');
const SIDES: TextLanguage[] = ['zh', 'en'];
const GENERATED = new Date('2026-03-01T08:09:10.123Z');
const context = { appVersion: '9.8.7', generated: GENERATED };

const workDir = tempDirForFile('duizhao-tmx-');
let corpusFile = '';
let documents: DocumentDetail[] = [];

beforeAll(() => {
  corpusFile = buildBundledCorpusInto(workDir());
  const corpus = CorpusRepository.open(corpusFile);
  documents = corpus.listDocuments().map((d) => corpus.getDocument(d.id)!);
  corpus.close();
});

const exportsOf = (level: AlignmentLevel) => documents.map((document) => ({ document, file: exportDocumentTmx(document, level, context) }));

/** Debian's libxml2-utils; under CI its absence is a failure, elsewhere the validation is skipped. */
const xmllint = spawnSync('xmllint', ['--version']).status === 0;

/** Runs xmllint's DTD validation on files in `dir`; the DTD is also there under the name the files' DOCTYPE gives. */
function validate(dir: string, files: string[]): { status: number | null; stderr: string } {
  fs.copyFileSync(DTD, path.join(dir, 'tmx14.dtd'));
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--dtdvalid', DTD, ...files.map((f) => path.join(dir, f))], { encoding: 'utf8' });
  return { status: run.status, stderr: run.stderr };
}

describe('TMX export of every bundled document', () => {
  it.skipIf(!xmllint && process.env.CI !== 'true')('is valid TMX 1.4b by the DTD, at both levels (xmllint --dtdvalid)', () => {
    expect(xmllint, 'xmllint (Debian package libxml2-utils) must be installed where CI=true').toBe(true);
    const dir = tempDir();
    const names = ALIGNMENT_LEVELS.flatMap((level) =>
      exportsOf(level).map(({ file }) => {
        fs.writeFileSync(path.join(dir, file.fileName), file.content);
        return file.fileName;
      }),
    );
    expect(names).toHaveLength(documents.length * 2);
    expect(validate(dir, names)).toEqual({ status: 0, stderr: '' });
  });

  it.skipIf(!xmllint && process.env.CI !== 'true')('is held to the DTD: a unit without a variant, or a header without srclang, fails it', () => {
    expect(xmllint, 'xmllint (Debian package libxml2-utils) must be installed where CI=true').toBe(true);
    const dir = tempDir();
    const good = exportDocumentTmx(documents[0], 'paragraph', context).content;
    const firstUnit = good.indexOf('<tu ');
    const firstUnitEnd = good.indexOf('</tu>', firstUnit);
    const broken = {
      'no-tuv.tmx': good.slice(0, firstUnit) + good.slice(firstUnit, firstUnitEnd).replace(/\s*<tuv[\s\S]*?<\/tuv>/g, '') + good.slice(firstUnitEnd),
      'no-srclang.tmx': good.replace(/ srclang="[^"]*"/, ''),
      'prop-after-tuv.tmx': good.replace('</tuv>\n', '</tuv>\n<prop type="x">late</prop>\n'),
    };
    expect(broken['no-tuv.tmx']).not.toBe(good);
    for (const [name, content] of Object.entries(broken)) fs.writeFileSync(path.join(dir, name), content);
    for (const name of Object.keys(broken)) {
      const { status, stderr } = validate(dir, [name]);
      expect(status, name).not.toBe(0);
      expect(stderr).toMatch(/validity error|does not validate/);
    }
  });

  it('names the file after the document and the level, and counts its units', () => {
    const plan = documents.find((d) => d.id === 'national-health-plan-14th-fyp-2022')!;
    expect(exportDocumentTmx(plan, 'sentence', context)).toMatchObject({
      fileName: 'national-health-plan-14th-fyp-2022-sentences.tmx',
      mimeType: 'application/x-tmx+xml',
      count: plan.links.length,
    });
    expect(exportDocumentTmx(plan, 'paragraph', context)).toMatchObject({
      fileName: 'national-health-plan-14th-fyp-2022-paragraphs.tmx',
      count: plan.segments.length,
    });
  });

  it('reads back to exactly the model it was written from, at both levels', () => {
    for (const level of ALIGNMENT_LEVELS) {
      for (const document of documents) {
        const model = documentToTmx(document, level, context);
        expect(readTmx(writeTmx(model))).toEqual(model);
      }
    }
  });

  it('keeps the header TMX requires and the document metadata', () => {
    for (const { document, file } of [...exportsOf('sentence'), ...exportsOf('paragraph')]) {
      const { header } = readTmx(file.content);
      expect(header.attributes).toMatchObject({
        creationtool: 'Duizhao',
        creationtoolversion: '9.8.7',
        'o-tmf': 'Duizhao',
        adminlang: 'en',
        datatype: 'plaintext',
        creationdate: '20260301T080910Z',
      });
      expect(file.fileName.endsWith(`${header.attributes.segtype}s.tmx`)).toBe(true);
      const props = header.props;
      expect(propValue(props, TMX_PROP.documentId)).toBe(document.id);
      expect(propValue(props, TMX_PROP.documentType)).toBe(document.type);
      // Whatever script the reader shows, the Chinese here is the stored text, and the file says so.
      expect(propValue(props, TMX_PROP.chineseScript)).toBe('simplified');
      expect(header.notes.map((note) => note.text)).toContain('The Chinese text is in Simplified characters, as published.');
      for (const side of SIDES) {
        expect(propValue(props, TMX_PROP.title, TMX_LANGUAGE[side])).toBe(document.title[side]);
        expect(propValue(props, TMX_PROP.issuer, TMX_LANGUAGE[side])).toBe(document.issuer[side]);
        expect(propValue(props, TMX_PROP.documentNumber, TMX_LANGUAGE[side])).toBe(document.documentNumber[side]);
      }
      expect(propValue(props, TMX_PROP.issuedOn)).toBe(document.issuedOn);
      expect(propValue(props, TMX_PROP.publishedOn)).toBe(document.publishedOn);
      expect(propValue(props, TMX_PROP.sourceUrl)).toBe(document.sourceUrl);
    }
  });

  it('names the published side as each unit’s source: the header when all agree, else *all* and each unit its own', () => {
    const publishedLanguages = (segments: Segment[]) =>
      new Set(segments.flatMap((s) => SIDES.filter((side) => s[side]?.origin === 'published').map((side) => TMX_LANGUAGE[side])));
    for (const { document, file } of exportsOf('paragraph')) {
      const tmx = readTmx(file.content);
      const languages = publishedLanguages(document.segments);
      expect(tmx.header.attributes.srclang).toBe(languages.size === 1 ? [...languages][0] : '*all*');
      tmx.units.forEach((unit, i) => {
        const segment = document.segments[i];
        const source = unit.srclang ?? tmx.header.attributes.srclang;
        const published = SIDES.filter((side) => segment[side]?.origin === 'published');
        expect(source).toBe(published.length === 1 ? TMX_LANGUAGE[published[0]] : '*all*');
      });
    }
    const plan = readTmx(exportsOf('paragraph').find((e) => e.document.id === 'national-health-plan-14th-fyp-2022')!.file.content);
    expect(plan.header.attributes.srclang).toBe('*all*');
    expect(new Set(plan.units.map((u) => u.srclang))).toEqual(new Set(['zh-CN', 'en']));
  });
});

describe('reading a sentence-level TMX back', () => {
  it('gives every sentence of both sides, in order, with its provenance, link confidence and review notes', () => {
    let oneSided = 0;
    for (const { document, file } of exportsOf('sentence')) {
      const tmx = readTmx(file.content);
      expect(tmx.header.attributes.segtype).toBe('sentence');
      expect(tmx.units).toHaveLength(document.links.length);
      const segmentOf = new Map(document.segments.map((s) => [s.id, s]));
      document.links.forEach((link, i) => {
        const unit = tmx.units[i];
        expect(Number(propValue(unit.props, TMX_PROP.confidence))).toBe(link.confidence);
        expect(propValue(unit.props, TMX_PROP.corrected)).toBe(String(link.corrected));
        const segment = segmentOf.get(propValue(unit.props, TMX_PROP.segment)!)!;
        expect(unit.notes.map((n) => [n.lang, n.text])).toEqual(segment.reviewNote ? [['en', segment.reviewNote.en], ['zh-CN', segment.reviewNote['zh-CN']]] : []);
        if (link.zh.length === 0 || link.en.length === 0) oneSided += 1;
        for (const side of SIDES) {
          const variant = unit.variants.find((v) => v.lang === TMX_LANGUAGE[side]);
          if (link[side].length === 0) {
            expect(variant).toBeUndefined();
            continue;
          }
          const sentences = link[side].map((id) => segment.sentences[side].find((s) => makeSentenceId(segment.id, s.n) === id)!);
          expect(variant!.text).toBe(segment[side]!.text.slice(sentences[0].start, sentences.at(-1)!.end));
          expect(propValue(variant!.props, TMX_PROP.sentences)).toBe(link[side].join(' '));
          expect(propValue(variant!.props, TMX_PROP.provenance)).toBe(segment[side]!.origin);
        }
      });
      expectNoTextLost(document, tmx.units);
    }
    // The bundled corpus has links with no counterpart: each became a unit with one variant.
    expect(oneSided).toBeGreaterThan(0);
  });
});

/** Every non-blank character of every side, in order, is in the variants of that side. */
function expectNoTextLost(document: DocumentDetail, units: TmxUnit[]): void {
  const squeeze = (s: string) => s.replace(/\s+/g, '');
  for (const side of SIDES) {
    const exported = units
      .flatMap((u) => u.variants)
      .filter((v) => v.lang === TMX_LANGUAGE[side])
      .map((v) => v.text)
      .join('');
    const original = document.segments.map((s) => s[side]?.text ?? '').join('');
    expect(squeeze(exported), `${document.id} ${side}`).toBe(squeeze(original));
  }
}

describe('reading a paragraph-level TMX back', () => {
  it('gives every segment with both texts exactly, provenance, kind, heading level and review note', () => {
    for (const { document, file } of exportsOf('paragraph')) {
      const tmx = readTmx(file.content);
      expect(tmx.header.attributes.segtype).toBe('paragraph');
      expect(tmx.units.map((u) => u.tuid)).toEqual(document.segments.map((s) => s.id));
      document.segments.forEach((segment, i) => {
        const unit = tmx.units[i];
        expect(propValue(unit.props, TMX_PROP.segmentKind)).toBe(segment.kind);
        expect(propValue(unit.props, TMX_PROP.headingLevel)).toBe(segment.level === null ? null : String(segment.level));
        expect(unit.notes.map((n) => [n.lang, n.text])).toEqual(segment.reviewNote ? [['en', segment.reviewNote.en], ['zh-CN', segment.reviewNote['zh-CN']]] : []);
        for (const side of SIDES) {
          const variant = unit.variants.find((v) => v.lang === TMX_LANGUAGE[side]);
          expect(variant?.text ?? null).toBe(segment[side]?.text ?? null);
          if (variant) expect(propValue(variant.props, TMX_PROP.provenance)).toBe(segment[side]!.origin);
        }
      });
    }
  });
});

describe('the TMX writer', () => {
  const tricky = 'a < b && c > d "quoted" \'single\' ]]> tab\there\nline\r\nwindows\rold-mac 😀 end';
  const model = (text: string): TmxFile => ({
    version: '1.4',
    header: {
      attributes: { creationtool: 'T', creationtoolversion: '1', segtype: 'sentence', 'o-tmf': 'T', adminlang: 'en', srclang: 'en', datatype: 'plaintext' },
      props: [{ type: 'x-a"b', value: text, lang: 'en' }],
      notes: [{ text }],
    },
    units: [{ tuid: 'id "with"\tquotes\nand lines', srclang: null, props: [], notes: [{ text }], variants: [{ lang: 'en', text, props: [], notes: [] }] }],
  });

  it('escapes markup and keeps white space, line ends and astral characters exactly', () => {
    expect(readTmx(writeTmx(model(tricky)))).toEqual(model(tricky));
  });

  it('leaves out the characters XML 1.0 forbids, and what it writes stays well-formed', () => {
    const forbidden = `x\u0000\u0001\u0008\u000B\u000C\u001F\uFFFE\uFFFF\uD800y\uDFFFz`;
    const xml = writeTmx(model(forbidden));
    expect(readTmx(xml).units[0].variants[0].text).toBe('xyz');
    if (xmllint) expect(execFileSync('xmllint', ['--noout', '-'], { input: xml, encoding: 'utf8' })).toBe('');
  });
});

describe('exportAlignment through the backend', () => {
  it('serves the TMX of the contract, and refuses an unknown document, level or format', async () => {
    const backend = createBackend({ userDataDir: tempDir(), corpusFile, systemLanguage: 'en', appVersion: '1.2.3' });
    const request = { documentId: 'shgh-public-hospital-pilot', format: 'tmx', level: 'sentence', language: 'en' };
    const result = await dispatchApiCall(backend.handlers, 'exportAlignment', request);
    expect(result).toMatchObject({ ok: true, value: { fileName: 'shgh-public-hospital-pilot-sentences.tmx', mimeType: 'application/x-tmx+xml' } });
    const content = Buffer.from((result as { value: { contentBase64: string } }).value.contentBase64, 'base64').toString('utf8');
    expect(readTmx(content).header.attributes.creationtoolversion).toBe('1.2.3');
    for (const bad of [{ documentId: 'no-such-document' }, { level: 'word' }, { format: 'xlsx' }]) {
      const answer = await dispatchApiCall(backend.handlers, 'exportAlignment', { ...request, ...bad });
      expect(answer).toMatchObject({ ok: false, error: { code: 'documentId' in bad ? 'not-found' : 'invalid-argument' } });
    }
    backend.close();
  });
});
