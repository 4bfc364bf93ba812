// The starter termbase (issue "Terminology workbench") cites the bundled corpus
// for every term: these checks hold each citation to what the corpus says.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  TERMINOLOGY_DIR,
  countOccurrences,
  countRendering,
  openBundledCorpusText,
  type CorpusText,
} from '../../helpers/terminologyCorpus';
import { tempDirForFile } from '../../helpers/tempDir';

interface CorpusSource {
  kind: 'corpus';
  documentId: string;
  segmentKey: string;
  origin: 'published' | 'reference-translation';
  count: number;
  date: string | null;
}

interface Term {
  language: 'zh' | 'en';
  text: string;
  termType: string;
  status: string;
  count: number;
  date: string | null;
  note?: string;
  sources: CorpusSource[];
}

interface Concept {
  id: string;
  domain: string;
  note?: string;
  terms: Term[];
}

interface Termbase {
  format: string;
  formatVersion: number;
  statuses: string[];
  domains: { id: string; zh: string; en: string }[];
  concepts: Concept[];
}

const termbase = JSON.parse(fs.readFileSync(path.join(TERMINOLOGY_DIR, 'starter-termbase.json'), 'utf8')) as Termbase;
const scratch = tempDirForFile('duizhao-termbase-');
let corpus: CorpusText;
beforeAll(() => {
  corpus = openBundledCorpusText(scratch);
});

const termsOf = (c: Concept, language: 'zh' | 'en') => c.terms.filter((t) => t.language === language);
const sourcesOf = (language: 'zh' | 'en') =>
  termbase.concepts.flatMap((c) => termsOf(c, language).flatMap((t) => t.sources.map((s) => ({ concept: c, term: t, source: s }))));

describe('starter termbase: its shape', () => {
  it('holds at least 60 concepts, each with a unique stable id and a known domain', () => {
    expect(termbase.format).toBe('duizhao-termbase');
    expect(termbase.concepts.length).toBeGreaterThanOrEqual(60);
    const ids = termbase.concepts.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^c\d{3}$/);
    const domains = new Set(termbase.domains.map((d) => d.id));
    for (const c of termbase.concepts) expect(domains, c.id).toContain(c.domain);
  });

  it('gives each term a valid status, and each concept a preferred Chinese term and exactly one preferred English one', () => {
    expect(termbase.statuses).toEqual(['preferred', 'admitted', 'superseded', 'forbidden']);
    for (const c of termbase.concepts) {
      for (const t of c.terms) expect(termbase.statuses, `${c.id} ${t.text}`).toContain(t.status);
      expect(termsOf(c, 'zh').filter((t) => t.status === 'preferred').length, c.id).toBeGreaterThanOrEqual(1);
      expect(termsOf(c, 'en').filter((t) => t.status === 'preferred').length, c.id).toBe(1);
    }
  });

  it('says why, in a note, whenever it calls a rendering superseded or forbidden', () => {
    const discouraged = termbase.concepts.flatMap((c) => c.terms.filter((t) => t.status === 'superseded' || t.status === 'forbidden'));
    expect(discouraged.length).toBeGreaterThan(0);
    for (const t of discouraged) expect(t.note?.length ?? 0, t.text).toBeGreaterThan(20);
  });

  it('cites at least one corpus segment for every term, and sums the citations into its count and first date', () => {
    for (const c of termbase.concepts) {
      for (const t of c.terms) {
        expect(t.sources.length, `${c.id} ${t.text}`).toBeGreaterThan(0);
        for (const s of t.sources) expect(s.count, `${c.id} ${t.text}`).toBeGreaterThan(0);
        expect(t.count).toBe(t.sources.reduce((n, s) => n + s.count, 0));
        const dates = t.sources.map((s) => s.date).filter((d): d is string => d !== null).sort();
        expect(t.date).toBe(dates[0] ?? null);
      }
    }
  });
});

describe('starter termbase: its provenance in the corpus', () => {
  it("records each cited segment's provenance and its document's date as the corpus does", () => {
    for (const { concept, term, source } of [...sourcesOf('zh'), ...sourcesOf('en')]) {
      const segment = corpus.segment(source.documentId, source.segmentKey);
      const where = `${concept.id} ${term.text} ${source.documentId}:${source.segmentKey}`;
      expect(segment, where).toBeDefined();
      expect(source.origin, where).toBe(segment!.origin[term.language]);
      expect(source.date, where).toBe(segment!.documentDate);
    }
  });

  it('finds each Chinese term in the Chinese of every segment it cites, at least as often as cited', () => {
    for (const { concept, term, source } of sourcesOf('zh')) {
      const segment = corpus.segment(source.documentId, source.segmentKey)!;
      expect(countOccurrences(term.text, segment.zh), `${concept.id} ${term.text} ${segment.id}`).toBeGreaterThanOrEqual(source.count);
    }
  });

  it("finds each English rendering, as often as cited, in sentences linked to a sentence holding the concept's Chinese term", () => {
    for (const { concept, term, source } of sourcesOf('en')) {
      const segment = corpus.segment(source.documentId, source.segmentKey)!;
      const chinese = termsOf(concept, 'zh').map((t) => t.text);
      const found = corpus
        .links(segment.id)
        .filter((link) => chinese.some((zh) => link.zh.some((s) => s.includes(zh))))
        .reduce((n, link) => n + link.en.reduce((m, s) => m + countRendering(term.text, s), 0), 0);
      expect(found, `${concept.id} "${term.text}" ${segment.id}`).toBeGreaterThanOrEqual(source.count);
    }
  });
});

describe('starter termbase: how a rendering is matched in English', () => {
  it('matches whatever the case, across line breaks, and in the plural the README names', () => {
    expect(countRendering('public hospital', 'Pilot Units of "High-quality Development of Public Hospitals"')).toBe(1);
    expect(countRendering('medical consortium', 'the work of medical\nconsortia, and')).toBe(1);
    expect(countRendering('key clinical specialty', 'a new batch of key clinical specialties.')).toBe(1);
    expect(countRendering('healthy China', 'a healthy China and the Healthy China Action')).toBe(2);
  });

  it('never matches inside a longer word or across a hyphen', () => {
    expect(countRendering('long term care insurance', 'commercial long-term care insurance')).toBe(0);
    expect(countRendering('vaccine', 'vaccine-preventable infectious diseases')).toBe(0);
    expect(countRendering('public health', 'public healthcare')).toBe(0);
    expect(countRendering('TCM', 'TCMs and TCM')).toBe(2);
  });
});
