import crypto from 'node:crypto';
import { makeSentenceId } from '../../../contract/sentenceId';
import {
  ACCEPTED_STATUSES,
  type AuditFinding,
  type AuditFindingKind,
  type AuditPlace,
  type Concept,
  type FindingMark,
  type Term,
} from '../../../contract/terminology';
import type { Connection } from '../database/connection';
import { AuditCorpus, type AuditScope, type AuditSegment, type AuditSentence, type LinkSentences } from './auditCorpus';
import { ChineseTermIndex } from './chineseTermIndex';
import { formOf, variantKey, variantKinds } from './renderingVariants';
import { PreparedText, TermMatcher, type TermOccurrence } from './termMatcher';

/** A concept's matchers, compiled once per audit. */
interface ConceptMatchers {
  concept: Concept;
  zh: TermMatcher;
  /** Its English terms under each entry's own rules: what counts as rendered. */
  en: TermMatcher;
  /** Its English terms in any case, hyphenation, spelling or number: where variant forms are looked for. */
  loose: TermMatcher;
}

/** Where a link's English stands: one for the link, however many concepts and forms point at it. */
type LinkPlace = Omit<AuditPlace, 'text'>;

/** One written form of a rendering, where it stands; its AuditPlace is made only if it joins a variant-forms finding. */
interface WrittenForm {
  form: string;
  written: string;
  at: LinkPlace;
}

/** A digest of what a finding is about, so a mark ("accepted as is") stays with it from one run to the next. */
export function findingId(conceptId: string, kind: AuditFindingKind, about: readonly string[]): string {
  return crypto.hash('sha256', JSON.stringify([conceptId, kind, ...about])).slice(0, 16);
}

/**
 * The consistency audit (issue "Terminology workbench"). For each concept of
 * the termbase, in each sentence link whose Chinese holds one of its Chinese
 * terms: no accepted rendering in the linked English (missing-rendering), or
 * a superseded or forbidden one there (discouraged-rendering). Across the
 * corpus: one rendering written in forms that differ only in case, spelling,
 * hyphenation or number (variant-forms). The corpus is read once, in
 * reading order; each paragraph's Chinese is scanned once for every
 * concept's terms, and only the paragraphs that hold one have their
 * sentences read and audited.
 */
export class ConsistencyAudit {
  private readonly corpus: AuditCorpus;
  private readonly matchers: ConceptMatchers[];
  /** Which concepts have a Chinese term in a segment: one pass over its Chinese for them all. */
  private readonly chinese: ChineseTermIndex;

  constructor(db: Connection, concepts: readonly Concept[]) {
    this.corpus = new AuditCorpus(db);
    this.matchers = concepts
      .filter((c) => c.terms.some((t) => t.language === 'zh') && c.terms.some((t) => t.language === 'en'))
      .map((concept) => ({
        concept,
        zh: new TermMatcher([concept], 'zh'),
        en: new TermMatcher([concept], 'en'),
        loose: new TermMatcher([concept], 'en', { loose: true }),
      }));
    this.chinese = new ChineseTermIndex(this.matchers.map((m) => m.concept.terms.filter((t) => t.language === 'zh').map((t) => t.text)));
  }

  run(scope: AuditScope = {}, marks: readonly FindingMark[] = []): AuditFinding[] {
    const findings: AuditFinding[] = [];
    const forms = new WrittenForms();
    const select = (segment: AuditSegment) => {
      const zh = new PreparedText(segment.zh);
      const owners = this.chinese.ownersIn(zh);
      return owners.length === 0 ? null : { zh, candidates: owners.map((i) => this.matchers[i]) };
    };
    for (const { segment, selected } of this.corpus.segments(scope, select)) {
      this.auditSegment(segment, selected.zh, selected.candidates, forms, findings);
    }
    for (const m of this.matchers) findings.push(...variantFindings(m.concept.id, forms.of(m.concept.id)));
    const byId = new Map(marks.map((mark) => [mark.findingId, mark]));
    // The findings are this run's own objects: marked where they are, not copied (over 100,000 on a large corpus).
    for (const f of findings) f.mark = byId.get(f.id) ?? null;
    return findings;
  }

  private auditSegment(segment: AuditSegment, zh: PreparedText, candidates: readonly ConceptMatchers[], forms: WrittenForms, findings: AuditFinding[]): void {
    const occurrences: { o: TermOccurrence; m: ConceptMatchers }[] = [];
    for (const m of candidates) for (const o of m.zh.occurrences(zh)) occurrences.push({ o, m });
    // Each concept's links audited so far, and whether a missing rendering counted there: a few a paragraph.
    const seen: { m: ConceptMatchers; linkId: number; counted: boolean }[] = [];
    const english = new SegmentEnglish(segment);
    for (const { o, m } of occurrences) {
      const linkId = linkOf(segment, o);
      if (linkId === null) continue;
      // Inside a longer term of another concept (医保 in 医保局, 高质量发展 in 公立医院高质量发展), the longer term's
      // rendering may stand for both: its forms are still read, but a missing rendering is not held against it.
      const inside = isInsideAnother(occurrences, o, m);
      const before = seenBefore(seen, m, linkId);
      if (before && (before.counted || inside)) continue;
      if (before) before.counted = true;
      else seen.push({ m, linkId, counted: !inside });
      const link = segment.links.get(linkId)!;
      if (link.en.length === 0) continue;
      this.auditLink(english, link, m, before ? null : forms, !inside, findings);
    }
  }

  /**
   * The findings of one concept in one link, pushed to `findings`. `forms`: where to collect the link's written
   * forms, null when they were collected already; `missing`: whether a missing rendering counts.
   */
  private auditLink(english: SegmentEnglish, link: LinkSentences, m: ConceptMatchers, forms: WrittenForms | null, missing: boolean, findings: AuditFinding[]): void {
    const at = english.place(link);
    let rendered: readonly TermOccurrence[] = [];
    for (const sentence of link.en) {
      const text = english.sentence(sentence);
      const found = m.en.occurrences(text);
      // Most links are one sentence: its occurrences are the link's, not copied.
      if (found.length > 0) rendered = rendered.length === 0 ? found : [...rendered, ...found];
      if (forms) collectForms(english, text, m, forms, at);
    }
    const conceptId = m.concept.id;
    if (rendered.length === 0) {
      if (!missing) return;
      const text = link.en.length === 1 ? english.segment.en.slice(link.en[0].start, link.en[0].end) : link.en.map((s) => english.segment.en.slice(s.start, s.end)).join(' ');
      findings.push({ id: findingId(conceptId, 'missing-rendering', at.sentenceIds), conceptId, kind: 'missing-rendering', variants: [], termId: null, places: [{ ...at, text }], mark: null });
      return;
    }
    for (const term of discouragedTerms(rendered)) {
      findings.push({
        id: findingId(conceptId, 'discouraged-rendering', [term.id, ...at.sentenceIds]),
        conceptId,
        kind: 'discouraged-rendering',
        variants: [],
        termId: term.id,
        places: [{ ...at, text: rendered.filter((o) => o.term === term).map((o) => o.term.text).join(', ') }],
        mark: null,
      });
    }
  }
}

/** The entry of this concept's link, if audited already (a loop, not find: no closure made per occurrence). */
function seenBefore<T extends { m: ConceptMatchers; linkId: number }>(seen: readonly T[], m: ConceptMatchers, linkId: number): T | undefined {
  for (const e of seen) if (e.m === m && e.linkId === linkId) return e;
  return undefined;
}

/** Whether another concept's occurrence, longer than this one, holds it. */
function isInsideAnother(occurrences: readonly { o: TermOccurrence; m: ConceptMatchers }[], o: TermOccurrence, m: ConceptMatchers): boolean {
  for (const other of occurrences) {
    if (other.m !== m && other.o.start <= o.start && o.end <= other.o.end && other.o.end - other.o.start > o.end - o.start) return true;
  }
  return false;
}

/**
 * A segment's English sentences, each prepared (folded, split into words) once
 * however many concepts look into it, and its links' places; let go with the
 * segment: held for a whole batch of segments, they outlived the young
 * generation and every garbage collection copied them.
 */
class SegmentEnglish {
  private readonly prepared = new Map<AuditSentence, PreparedText>();
  private readonly places = new Map<LinkSentences, LinkPlace>();
  private readonly leadIns = new Map<PreparedText, number>();

  constructor(readonly segment: AuditSegment) {}

  sentence(sentence: AuditSentence): PreparedText {
    let text = this.prepared.get(sentence);
    if (!text) this.prepared.set(sentence, (text = new PreparedText(this.segment.en.slice(sentence.start, sentence.end))));
    return text;
  }

  /** The link's place, its sentence ids on both sides worked out once. */
  place(link: LinkSentences): LinkPlace {
    let place = this.places.get(link);
    if (!place) {
      const { segmentId, documentId, originEn } = this.segment;
      const sentenceIds = [...link.zh, ...link.en].map((s) => makeSentenceId(segmentId, s.n));
      this.places.set(link, (place = { documentId, segmentId, sentenceIds, origin: originEn }));
    }
    return place;
  }

  /** Where a sentence's words begin: the end of its lead-in of spaces, quotes, brackets and numbering. */
  leadInEnd(text: PreparedText): number {
    let end = this.leadIns.get(text);
    if (end === undefined) {
      end = text.text.search(NOT_LEAD_IN);
      if (end < 0) end = text.text.length;
      this.leadIns.set(text, end);
    }
    return end;
  }
}

/** What may stand before a sentence's first word. */
const NOT_LEAD_IN = /[^\s"“‘'(（\d.)）、-]/;

/** The loose look's forms of the concept's renderings in one sentence, added to the concept's. */
function collectForms(english: SegmentEnglish, text: PreparedText, m: ConceptMatchers, forms: WrittenForms, at: LinkPlace): void {
  const found = m.loose.occurrences(text);
  for (const o of found) {
    // A title's or a heading's capitals say nothing of how the term is written, nor does a sentence's first letter.
    const how = english.segment.kind !== 'paragraph' ? 'lower' : o.start <= english.leadInEnd(text) ? 'sentence-start' : 'as-written';
    forms.add(m.concept.id, text.text.slice(o.start, o.end), how, at);
  }
}

type FormReading = 'lower' | 'sentence-start' | 'as-written';

/**
 * Each concept's written forms, in corpus order. A rendering is written the
 * same way thousands of times: its form is worked out once per spelling and
 * reading, and every place shares that one spelling's strings.
 */
class WrittenForms {
  private readonly byConcept = new Map<string, WrittenForm[]>();
  private readonly known: Record<FormReading, Map<string, { form: string; written: string }>> = { lower: new Map(), 'sentence-start': new Map(), 'as-written': new Map() };

  add(conceptId: string, written: string, how: FormReading, at: LinkPlace): void {
    let spelled = this.known[how].get(written);
    if (!spelled) {
      const form = how === 'lower' ? formOf(written.toLowerCase(), false) : formOf(written, how === 'sentence-start');
      this.known[how].set(written, (spelled = { form, written }));
    }
    let list = this.byConcept.get(conceptId);
    if (!list) this.byConcept.set(conceptId, (list = []));
    list.push({ form: spelled.form, written: spelled.written, at });
  }

  of(conceptId: string): readonly WrittenForm[] {
    return this.byConcept.get(conceptId) ?? [];
  }
}

/** The superseded or forbidden terms among the occurrences, each once, in text order (a loop: it runs on every rendered link). */
function discouragedTerms(occurrences: readonly TermOccurrence[]): Term[] {
  const terms: Term[] = [];
  for (const o of occurrences) if (!ACCEPTED_STATUSES.includes(o.term.status) && !terms.includes(o.term)) terms.push(o.term);
  return terms;
}

/** The link of the Chinese sentence an occurrence starts in; null where the segment has no sentence data. */
function linkOf(segment: AuditSegment, occurrence: TermOccurrence): number | null {
  for (const [id, link] of segment.links) if (link.zh.some((s) => s.start <= occurrence.start && occurrence.start < s.end)) return id;
  return null;
}

/** One finding per rendering written in more than one form that differ only in case, spelling, hyphenation or number. */
function variantFindings(conceptId: string, written: readonly WrittenForm[]): AuditFinding[] {
  const byKey = new Map<string, WrittenForm[]>();
  // Many forms share a few keys: pushed, not copied, so a rendering written 10,000 times costs 10,000 steps.
  const keys = new Map<string, string>();
  for (const w of written) {
    let key = keys.get(w.form);
    if (key === undefined) keys.set(w.form, (key = variantKey(w.form)));
    const list = byKey.get(key);
    if (list) list.push(w);
    else byKey.set(key, [w]);
  }
  const findings: AuditFinding[] = [];
  for (const group of byKey.values()) {
    const distinct = [...new Set(group.map((w) => w.form))].sort();
    if (distinct.length < 2) continue;
    const kinds = new Set(distinct.flatMap((a, i) => distinct.slice(i + 1).flatMap((b) => variantKinds(a, b))));
    findings.push({
      id: findingId(conceptId, 'variant-forms', distinct),
      conceptId,
      kind: 'variant-forms',
      variants: (['case', 'hyphenation', 'spelling', 'number'] as const).filter((k) => kinds.has(k)),
      termId: null,
      places: group.map((w) => ({ ...w.at, text: w.written })),
      mark: null,
    });
  }
  return findings;
}
