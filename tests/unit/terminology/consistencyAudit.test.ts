// Issue "Terminology workbench": the consistency audit over the bundled corpus, held to the gold set
// of resources/terminology/INCONSISTENCIES.md (a few of its findings, in tests/fixtures/terminology/auditGold.json).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TERM_MATCHING, type AuditFinding, type Concept, type Term, type TermStatus } from '../../../contract/terminology';
import { CorpusRepository } from '../../../main/domain/corpus/corpusRepository';
import { ConsistencyAudit } from '../../../main/domain/terminology/consistencyAudit';
import { REPO_ROOT } from '../../helpers/corpus';
import { starterConcepts } from '../../helpers/starterConcepts';
import { bundledCorpusFile } from '../../helpers/terminologyCorpus';
import { tempDirForFile } from '../../helpers/tempDir';

interface GoldFinding {
  gold: string;
  concept: string;
  kind: AuditFinding['kind'];
  variants?: AuditFinding['variants'];
  places: { documentId: string; segmentKeys: string[] }[];
}

const gold = (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'tests', 'fixtures', 'terminology', 'auditGold.json'), 'utf8')) as { findings: GoldFinding[] }).findings;
const scratch = tempDirForFile('duizhao-audit-');
let corpus: CorpusRepository;
beforeAll(() => {
  corpus = CorpusRepository.open(bundledCorpusFile(scratch));
});
afterAll(() => corpus.close());

const NATIONAL_PLAN = 'national-health-plan-14th-fyp-2022';

function term(id: string, language: 'zh' | 'en', text: string, status: TermStatus = 'preferred'): Term {
  return { id, language, text, termType: 'fullForm', status, note: '', date: null, sources: [], matching: DEFAULT_TERM_MATCHING };
}
const concept = (id: string, terms: Term[]): Concept => ({ id, domain: null, note: '', terms, origin: 'user', createdAt: '', changedBy: '', changedAt: '' });
const segmentsOf = (findings: AuditFinding[]) => new Set(findings.flatMap((f) => f.places.map((p) => p.segmentId)));

describe('the audit of the published English finds the gold set', () => {
  let findings: AuditFinding[];
  beforeAll(() => {
    findings = new ConsistencyAudit(corpus.connection, starterConcepts([...new Set(gold.map((g) => g.concept))])).run({ origin: 'published' });
  });

  it.each(gold.map((g) => [`${g.gold} ${g.concept} ${g.kind} ${g.variants?.join(',') ?? ''}`, g] as const))('%s', (_, g) => {
    const candidates = findings.filter((f) => f.conceptId === g.concept && f.kind === g.kind && (g.variants ?? []).every((v) => f.variants.includes(v)));
    const expected = g.places.flatMap((p) => p.segmentKeys.map((key) => `${p.documentId}:${key}`));
    if (g.kind === 'variant-forms') {
      // One finding holds every form of the rendering, in every paragraph.
      expect(candidates.some((f) => expected.every((s) => segmentsOf([f]).has(s))), JSON.stringify(candidates.map((f) => f.places.map((p) => p.segmentId)))).toBe(true);
    } else {
      expect([...segmentsOf(candidates)].sort()).toEqual(expect.arrayContaining(expected));
    }
  });

  it('points each finding at its place: the document, the paragraph and the sentences of the link', () => {
    const newCrown = findings.find((f) => f.kind === 'discouraged-rendering' && f.conceptId === 'c058')!;
    const [place] = newCrown.places;
    expect(place.documentId).toBe(NATIONAL_PLAN);
    expect(place.origin).toBe('published');
    expect(place.text).toBe('new crown pneumonia');
    const english = corpus.getSegment(place.segmentId)!.en!.text;
    const sentences = corpus.getSegment(place.segmentId)!.sentences.en.filter((s) => place.sentenceIds.includes(`${place.segmentId}.s${s.n}`));
    expect(sentences.map((s) => english.slice(s.start, s.end)).join(' ')).toMatch(/new crown pneumonia/i);
    expect(place.sentenceIds.some((id) => id.startsWith(`${place.segmentId}.s`))).toBe(true);
  });

  it('does not take the plural a sentence asks for, nor a capital at a sentence start, for a variant', () => {
    const emergencies = findings.filter((f) => f.conceptId === 'c043' && f.kind === 'variant-forms');
    expect(emergencies).toEqual([]);
  });
});

describe('missing renderings', () => {
  it('reports the links where the Chinese term has no accepted rendering, and stops once the rendering is in the termbase', () => {
    const before = new ConsistencyAudit(corpus.connection, [concept('x1', [term('x1.t1', 'zh', '分级诊疗'), term('x1.t2', 'en', 'tiered care')])]).run({ origin: 'published' });
    expect(before.every((f) => f.kind === 'missing-rendering')).toBe(true);
    expect(segmentsOf(before)).toEqual(new Set([`${NATIONAL_PLAN}:p0011`, `${NATIONAL_PLAN}:p0025`, 'shanghai-health-plan-briefing-2021:p0032']));
    const after = new ConsistencyAudit(corpus.connection, [
      concept('x1', [term('x1.t1', 'zh', '分级诊疗'), term('x1.t2', 'en', 'tiered care'), term('x1.t3', 'en', 'hierarchical diagnosis and treatment', 'admitted')]),
    ]).run({ origin: 'published' });
    expect(segmentsOf(after)).toEqual(new Set(['shanghai-health-plan-briefing-2021:p0032']));
  });

  it('audits a Chinese term written with quotation marks wherever the term matcher finds it', () => {
    const quoted = concept('x2', [term('x2.t1', 'zh', '“放管服”改革'), term('x2.t2', 'en', 'delegate-regulate-serve reform')]);
    const findings = new ConsistencyAudit(corpus.connection, [quoted]).run({ origin: 'published' });
    expect(findings.map((f) => f.kind)).toEqual(['missing-rendering', 'missing-rendering']);
    expect(findings[0].places[0]).toMatchObject({ segmentId: 'shanghai-health-plan-briefing-2021:p0043', text: expect.stringContaining('deepen the reform of streamlining administration') });
  });

  it('audits one document on its own', () => {
    const audit = new ConsistencyAudit(corpus.connection, [concept('x1', [term('x1.t1', 'zh', '分级诊疗'), term('x1.t2', 'en', 'tiered care')])]);
    const findings = audit.run({ documentIds: [NATIONAL_PLAN] });
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.places.every((p) => p.documentId === NATIONAL_PLAN))).toBe(true);
  });
});

describe('marks', () => {
  it('keeps a finding id from one run to the next, so "accepted as is" and its note stay with it', () => {
    const audit = () => new ConsistencyAudit(corpus.connection, starterConcepts(['c058', 'c005']));
    const first = audit().run({ origin: 'published' });
    const second = audit().run({ origin: 'published' });
    expect(second.map((f) => f.id)).toEqual(first.map((f) => f.id));
    expect(new Set(first.map((f) => f.id)).size).toBe(first.length);
    const mark = { findingId: first[0].id, note: 'The published title; left as it is.', markedBy: 'Reviewer', markedAt: '2026-12-01T00:00:00Z' };
    const marked = audit().run({ origin: 'published' }, [mark]);
    expect(marked.find((f) => f.id === first[0].id)!.mark).toEqual(mark);
    expect(marked.filter((f) => f.mark !== null)).toHaveLength(1);
  });
});
