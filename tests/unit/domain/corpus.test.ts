import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_SCHEMA_VERSION, buildCorpusDatabase } from '../../../main/domain/corpus/corpusDatabase';
import { CorpusRepository, CorpusUnavailableError } from '../../../main/domain/corpus/corpusRepository';
import { CorpusSourceError, loadCorpusSources } from '../../../main/domain/corpus/corpusSource';
import { openConnection } from '../../../main/domain/database/connection';
import { bundledSources, buildBundledCorpusInto } from '../../helpers/corpus';
import { tempDir } from '../../helpers/tempDir';

describe('bundled corpus', () => {
  it('holds the five source documents, in library order', () => {
    const repo = CorpusRepository.open(buildBundledCorpusInto(tempDir()));
    const docs = repo.listDocuments();
    expect(docs.map((d) => d.id)).toEqual([
      'national-health-plan-14th-fyp-2022',
      'shanghai-health-plan-briefing-2021',
      'shanghai-health-service-guidelines-briefing-2018',
      'lingang-social-services-briefing-2021',
      'shgh-public-hospital-pilot',
    ]);
    const plan = docs[0];
    expect(plan.documentNumber.zh).toBe('国办发〔2022〕11号');
    expect(plan.issuedOn).toBe('2022-04-27');
    // The year of the hospital news is not stated in the source, so none is invented.
    expect(docs[4].issuedOn).toBeNull();
    expect(docs[4].publishedOn).toBeNull();
    repo.close();
  });

  it('keeps every segment of the sources, in order, with its stable id and both sides', () => {
    const sources = bundledSources();
    const repo = CorpusRepository.open(buildBundledCorpusInto(tempDir()));
    for (const { document, segments } of sources) {
      const detail = repo.getDocument(document.id)!;
      expect(detail.segments.map((s) => s.id)).toEqual(segments.map((s) => `${document.id}:${s.id}`));
      expect(detail.segments.map((s) => s.en?.text ?? null)).toEqual(segments.map((s) => s.en ?? null));
      expect(detail.segments.map((s) => s.zh?.text ?? null)).toEqual(segments.map((s) => s.zh ?? null));
      expect(detail.coverage.en.present).toBe(segments.filter((s) => s.en).length);
      expect(detail.coverage.zh.total).toBe(segments.length);
    }
    repo.close();
  });

  it('keeps each review note in English, Simplified Chinese and Taiwan Traditional Chinese', () => {
    const sources = bundledSources();
    const repo = CorpusRepository.open(buildBundledCorpusInto(tempDir()));
    let notes = 0;
    for (const { document, segments } of sources) {
      const detail = repo.getDocument(document.id)!;
      segments.forEach((source, i) => {
        const note = detail.segments[i].reviewNote;
        if (!source.review) return expect(note).toBeNull();
        notes++;
        expect(note).toMatchObject({ en: source.review.en, 'zh-CN': source.review.zh });
        expect(note!['zh-TW']).toHaveLength(source.review.zh!.length);
      });
    }
    expect(notes).toBe(79);
    const flagged = repo.getSegment('shgh-public-hospital-pilot:p0006')!.reviewNote!;
    expect(flagged['zh-CN']).toBe('原文笔误：“Longhua Hospitals”（一家医院却用了复数）；译作“龙华医院”。');
    expect(flagged['zh-TW']).toBe('原文筆誤：「Longhua Hospitals」（一家醫院卻用了複數）；譯作「龍華醫院」。');
    repo.close();
  });

  it('keeps the official Chinese stretch of the national plan as published text', () => {
    const repo = CorpusRepository.open(buildBundledCorpusInto(tempDir()));
    const plan = repo.getDocument('national-health-plan-14th-fyp-2022')!;
    const stretch = plan.segments.find((s) => s.zh?.text.startsWith('提升医养结合发展水平'));
    expect(stretch?.zh?.origin).toBe('published');
    repo.close();
  });

  it('links every sentence of every segment in exactly one sentence link, named <segment>.s<n>', () => {
    const repo = CorpusRepository.open(buildBundledCorpusInto(tempDir()));
    for (const { id } of repo.listDocuments()) {
      const doc = repo.getDocument(id)!;
      const linkOf = new Map<string, number>();
      // A sentence id names a sentence of one side: the same id on the other side is another sentence.
      for (const link of doc.links) {
        for (const side of ['zh', 'en'] as const) {
          for (const sentence of link[side]) {
            expect(linkOf.has(`${side} ${sentence}`)).toBe(false);
            linkOf.set(`${side} ${sentence}`, link.id);
          }
        }
      }
      for (const segment of doc.segments) {
        for (const side of ['zh', 'en'] as const) {
          const text = segment[side]?.text ?? '';
          const sentences = segment.sentences[side];
          // The sentences cover the text in order, only white space between them.
          expect(sentences.map((s) => s.n)).toEqual(sentences.map((_, k) => k + 1));
          expect(sentences.map((s) => text.slice(s.start, s.end)).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
          for (const s of sentences) expect(linkOf.get(`${side} ${segment.id}.s${s.n}`)).toBe(s.link);
        }
      }
      expect(linkOf.size).toBe(doc.segments.reduce((n, s) => n + s.sentences.zh.length + s.sentences.en.length, 0));
    }
    repo.close();
  });

  it('keeps the sentence links a person corrected in the sources over the computed ones', () => {
    const sources = bundledSources();
    const doc = sources.find((s) => s.document.id === 'shgh-public-hospital-pilot')!;
    const segment = doc.segments.find((s) => s.id === 'p0003')!;
    // Whatever the aligner thinks, the correction says: the two sides have nothing to do with each other.
    segment.zh = '第一句。第二句。';
    segment.en = 'One. Two.';
    segment.links = [{ zh: [1, 2], en: [] }, { zh: [], en: [1, 2] }];
    const file = path.join(tempDir(), 'corpus.sqlite');
    buildCorpusDatabase(sources, file);
    const repo = CorpusRepository.open(file);
    const links = repo.getDocument(doc.document.id)!.links.filter((l) => [...l.zh, ...l.en].some((id) => id.startsWith(`${doc.document.id}:p0003.`)));
    expect(links.map(({ zh, en, corrected, confidence }) => ({ zh, en, corrected, confidence }))).toEqual([
      { zh: [`${doc.document.id}:p0003.s1`, `${doc.document.id}:p0003.s2`], en: [], corrected: true, confidence: 1 },
      { zh: [], en: [`${doc.document.id}:p0003.s1`, `${doc.document.id}:p0003.s2`], corrected: true, confidence: 1 },
    ]);
    repo.close();
    // A correction that no longer fits the text stops the build, saying where.
    segment.en = 'One. Two. Three.';
    expect(() => buildCorpusDatabase(sources, path.join(tempDir(), 'corpus.sqlite'))).toThrow(/shgh-public-hospital-pilot\/segments.yaml p0003: corrected sentence links/);
  });

  it('answers null for a document that does not exist', () => {
    const repo = CorpusRepository.open(buildBundledCorpusInto(tempDir()));
    expect(repo.getDocument('no-such-document')).toBeNull();
    repo.close();
  });

  it('refuses a corpus file of another schema version, and a missing one', () => {
    const file = buildBundledCorpusInto(tempDir());
    const db = openConnection(file);
    db.prepare("UPDATE corpus_info SET value = ? WHERE key = 'schema_version'").run(String(CORPUS_SCHEMA_VERSION + 1));
    db.close();
    expect(() => CorpusRepository.open(file)).toThrow(CorpusUnavailableError);
    expect(() => CorpusRepository.open(path.join(tempDir(), 'missing.sqlite'))).toThrow(CorpusUnavailableError);
  });

  it('builds beside the target and leaves no partial file when the build fails', () => {
    const dir = tempDir();
    const out = path.join(dir, 'corpus.sqlite');
    const sources = bundledSources();
    const broken = [...sources, sources[0]]; // the same document twice breaks the primary key
    expect(() => buildCorpusDatabase(broken, out)).toThrow();
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('corpus sources', () => {
  function writeDoc(root: string, folder: string, document: string, segments: string) {
    fs.mkdirSync(path.join(root, folder));
    fs.writeFileSync(path.join(root, folder, 'document.yaml'), document);
    fs.writeFileSync(path.join(root, folder, 'segments.yaml'), segments);
  }
  const goodDocument = (id: string) => `id: ${id}
order: 0
type: news
title: { en: A title, zh: null }
issuer: { en: An issuer, zh: null }
issuedOn: null
publishedOn: 2021-07-16
documentNumber: { en: null, zh: null }
sourceUrl: null
summary: { en: A summary., zh: 摘要。 }
keywords: { en: [one], zh: [一] }
origin: { en: published, zh: reference-translation }
strippedChrome: []
publishedTextSha256: "${'0'.repeat(64)}"
`;

  it('names the file and the problem for each kind of bad source', () => {
    const cases: [string, string, RegExp][] = [
      [goodDocument('a-doc'), '- { id: p0001, kind: paragraph, en: One }\n- { id: p0001, kind: paragraph, en: Two }\n', /appears twice/],
      [goodDocument('a-doc'), '- { id: p0001, kind: paragraph }\n', /at least one side/],
      [goodDocument('a-doc'), '- { id: p0001, kind: heading, en: Heading }\n', /level/],
      [goodDocument('a-doc'), '- { id: p0001, kind: paragraph, en: One, colour: red }\n', /segments.yaml item 1/],
      [goodDocument('a-doc').replace('2021-07-16', '16/07/2021'), '[]\n', /YYYY-MM-DD/],
      [goodDocument('other-id'), '[]\n', /differs from its folder name/],
      [goodDocument('a-doc'), 'id: [unclosed\n', /segments.yaml/],
      [goodDocument('a-doc'), 'just: a map\n', /expected a list/],
    ];
    for (const [document, segments, message] of cases) {
      const root = tempDir();
      writeDoc(root, 'a-doc', document, segments);
      expect(() => loadCorpusSources(root), String(message)).toThrow(CorpusSourceError);
      expect(() => loadCorpusSources(root)).toThrow(message);
    }
  });
});
