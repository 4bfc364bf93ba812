import type { TermCandidate } from '../../../contract/terminology';
import type { AlignedSentencePair } from './alignedSentencePairs';

export type { TermCandidate } from '../../../contract/terminology';
import { chineseUnits, englishUnits, type CandidateUnit } from './candidateUnits';
import type { ChineseSegmenter } from './chineseSegmenter';
import type { KnownTermPairs } from './knownTermPairs';

export interface TermCandidateOptions {
  /** English partners kept for each Chinese unit (3). */
  partners?: number;
  /** Links a unit, and a pair, must occur in (2). */
  minFrequency?: number;
  /** Links kept as a candidate's evidence (5). */
  evidenceLimit?: number;
  /** Pairs this termbase already holds are left out, so the list shows what is new. */
  exclude?: KnownTermPairs;
  /** logDice (the default), or the plain count of links holding both: the benchmark's peer. */
  rankBy?: 'logDice' | 'together';
}

/** The units of each pair, once: each unit counted once per link. */
interface LinkUnits {
  zh: CandidateUnit[];
  en: CandidateUnit[];
}

/**
 * Term candidates mined from aligned sentences (issue "Terminology
 * workbench"): Chinese units and English n-grams counted by the links they
 * occur in, paired by co-occurrence within a link and ranked by logDice
 * (Rychlý 2008, "A lexicographer-friendly association score"), which does
 * not grow with corpus size and does not favour rare pairs as MI does. A
 * unit that never occurs outside one longer unit (诊疗 only in 分级诊疗,
 * "hierarchical diagnosis" only in "hierarchical diagnosis and treatment")
 * is left to the longer one. Ordered by score, then by co-occurrence, then
 * by text, so the same corpus always gives the same list.
 */
export function mineTermCandidates(pairs: readonly AlignedSentencePair[], segmenter: ChineseSegmenter, options: TermCandidateOptions = {}): TermCandidate[] {
  const minFrequency = options.minFrequency ?? 2;
  const units: LinkUnits[] = pairs.map((p) => ({ zh: distinct(chineseUnits(p.zh, segmenter)), en: distinct(englishUnits(p.en)) }));
  const zhKept = keptUnits(units.map((u) => u.zh), minFrequency);
  const enKept = keptUnits(units.map((u) => u.en), minFrequency);
  const together = new Map<string, Map<string, number>>();
  for (const link of units) {
    const en = link.en.map((u) => u.text).filter((t) => enKept.has(t));
    for (const zh of link.zh) {
      if (!zhKept.has(zh.text)) continue;
      let partners = together.get(zh.text);
      if (!partners) together.set(zh.text, (partners = new Map()));
      for (const e of en) partners.set(e, (partners.get(e) ?? 0) + 1);
    }
  }
  const scored: Omit<TermCandidate, 'evidence'>[] = [];
  for (const [zh, partners] of together) {
    const best: Omit<TermCandidate, 'evidence'>[] = [];
    for (const [en, count] of partners) {
      if (count < minFrequency || options.exclude?.has(zh, en)) continue;
      const zhLinks = zhKept.get(zh)!;
      const enLinks = enKept.get(en)!;
      best.push({ zh, en, logDice: 14 + Math.log2((2 * count) / (zhLinks + enLinks)), together: count, zhLinks, enLinks });
    }
    scored.push(...best.sort(order(options.rankBy)).slice(0, options.partners ?? 3));
  }
  return withEvidence(scored.sort(order(options.rankBy)), pairs, units, options.evidenceLimit ?? 5);
}

function distinct(units: CandidateUnit[]): CandidateUnit[] {
  const seen = new Set<string>();
  return units.filter((u) => !seen.has(u.text) && seen.add(u.text));
}

/**
 * The units, with their link counts, that occur in `minFrequency` links or
 * more and not always inside the same longer unit.
 */
function keptUnits(links: readonly CandidateUnit[][], minFrequency: number): Map<string, number> {
  const frequency = new Map<string, number>();
  const inside = new Map<string, number>();
  for (const units of links) {
    const containments = new Set<string>();
    for (const u of units) {
      frequency.set(u.text, (frequency.get(u.text) ?? 0) + 1);
      for (const v of units) if (v.run === u.run && v.start <= u.start && v.end >= u.end && v.end - v.start > u.end - u.start) containments.add(`${u.text}\u0000${v.text}`);
    }
    for (const key of containments) inside.set(key, (inside.get(key) ?? 0) + 1);
  }
  const swallowed = new Set<string>();
  for (const [key, count] of inside) {
    const [shorter] = key.split('\u0000');
    if (count === frequency.get(shorter)) swallowed.add(shorter);
  }
  return new Map([...frequency].filter(([text, f]) => f >= minFrequency && !swallowed.has(text)));
}

/** Higher score first, then more links together, then the texts in code-point order. */
function order(rankBy: TermCandidateOptions['rankBy']) {
  const score = rankBy === 'together' ? (c: Omit<TermCandidate, 'evidence'>) => c.together : (c: Omit<TermCandidate, 'evidence'>) => c.logDice;
  return (a: Omit<TermCandidate, 'evidence'>, b: Omit<TermCandidate, 'evidence'>) =>
    score(b) - score(a) || b.together - a.together || compareText(a.zh, b.zh) || compareLength(a.en, b.en) || compareText(a.en, b.en);
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** On a tie the longer English first: "hierarchical diagnosis and treatment" before the "treatment" inside it. */
const compareLength = (a: string, b: string) => b.split(/[\s-]/).length - a.split(/[\s-]/).length;

/** The links each candidate's evidence cites, read in one more pass over the links. */
function withEvidence(scored: Omit<TermCandidate, 'evidence'>[], pairs: readonly AlignedSentencePair[], units: readonly LinkUnits[], limit: number): TermCandidate[] {
  const wanted = new Map<string, TermCandidate>();
  const result = scored.map((c) => {
    const candidate: TermCandidate = { ...c, evidence: { linkIds: [], zhSentenceIds: [], enSentenceIds: [] } };
    wanted.set(`${c.zh}\u0000${c.en}`, candidate);
    return candidate;
  });
  pairs.forEach((pair, i) => {
    const en = units[i].en.map((u) => u.text);
    for (const zh of units[i].zh) {
      for (const e of en) {
        const candidate = wanted.get(`${zh.text}\u0000${e}`);
        if (!candidate || candidate.evidence.linkIds.length >= limit) continue;
        candidate.evidence.linkIds.push(pair.linkId);
        candidate.evidence.zhSentenceIds.push(...pair.zhSentenceIds);
        candidate.evidence.enSentenceIds.push(...pair.enSentenceIds);
      }
    }
  });
  return result;
}
