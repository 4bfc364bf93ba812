import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import { QUOTE_CONTEXT_LENGTH } from '../../contract/annotations';
import type { CitationStyle, QuoteTarget } from '../../contract/briefing';
import type { Pack, PackCheck, PackItem, QuoteCard, QuoteCheck, QuoteStatus } from '../../contract/packs';
import { buildCitation } from '../../main/domain/briefing/citation';
import { CorpusRepository } from '../../main/domain/corpus/corpusRepository';
import { REPO_ROOT } from './corpus';

/**
 * Packs made of real cards: each quote's citation built with buildCitation on
 * the bundled corpus, so exports are tested on the documents' own fields,
 * provenance and review notes.
 */
export const PLAN = 'national-health-plan-14th-fyp-2022';
export const GUIDELINES = 'shanghai-health-service-guidelines-briefing-2018';
export const PILOT = 'shgh-public-hospital-pilot';

/** The national plan's ¶17 in English (published; its Chinese is our reference translation). */
export const PLAN_QUOTE: QuoteTarget = { segmentId: `${PLAN}:p0017`, side: 'en', start: 0, end: 39 };

export function openBundledCorpus(): CorpusRepository {
  return CorpusRepository.open(path.join(REPO_ROOT, 'resources', 'corpus.sqlite'));
}

const digest = (text: string) => `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;

/** A card as the packs domain stores it, made from a stretch of one side of a paragraph. */
export function makeCard(corpus: CorpusRepository, target: QuoteTarget, options: { note?: string; style?: CitationStyle } = {}): QuoteCard {
  const citation = buildCitation(target, options.style ?? 'en-chicago', corpus);
  const text = corpus.getSegment(target.segmentId)![target.side]!.text;
  return {
    kind: 'quote',
    id: randomUUID(),
    origin: 'reader',
    selectors: {
      segmentId: target.segmentId,
      side: target.side,
      quote: {
        type: 'TextQuoteSelector',
        exact: citation.quote.text,
        prefix: text.slice(Math.max(0, target.start - QUOTE_CONTEXT_LENGTH), target.start),
        suffix: text.slice(target.end, target.end + QUOTE_CONTEXT_LENGTH),
      },
      position: { type: 'TextPositionSelector', start: target.start, end: target.end },
    },
    digest: digest(citation.quote.text),
    counterpartDigest: citation.counterpart ? digest(citation.counterpart.text) : null,
    citation,
    note: options.note ?? '',
    addedAt: '2026-11-30T09:00:00.000Z',
  };
}

/** The whole of one side of a paragraph. */
export function paragraphTarget(corpus: CorpusRepository, segmentId: string, side: 'zh' | 'en'): QuoteTarget {
  return { segmentId, side, start: 0, end: corpus.getSegment(segmentId)![side]!.text.length };
}

export interface BriefingFixture {
  pack: Pack;
  cards: QuoteCard[];
}

/**
 * A pack for a press briefing: the plan's principle (English quoted), a 2018
 * briefing paragraph quoted in our Chinese reference translation with its
 * review note, the hospital pilot's English; a talking point and a Q&A citing two cards.
 */
export function briefingPack(corpus: CorpusRepository, options: { note?: string } = {}): BriefingFixture {
  const cards = [
    makeCard(corpus, PLAN_QUOTE, { note: options.note ?? 'Open with this line.' }),
    makeCard(corpus, paragraphTarget(corpus, `${GUIDELINES}:p0003`, 'zh')),
    makeCard(corpus, paragraphTarget(corpus, `${PILOT}:p0002`, 'en')),
  ];
  const items = (...list: PackItem[]) => list;
  const pack: Pack = {
    id: randomUUID(),
    title: '健康中国 press briefing',
    occasion: 'Quarterly press conference of the Health Commission',
    date: '2026-12-10',
    sections: [
      {
        id: randomUUID(),
        title: 'Principles',
        items: items(cards[0], { kind: 'point', id: randomUUID(), text: 'Prevention first: the plan puts health before treatment.' }, cards[1]),
      },
      {
        id: randomUUID(),
        title: 'Public hospitals',
        items: items(cards[2], {
          kind: 'qa',
          id: randomUUID(),
          question: 'Which hospitals are in the pilot?',
          answer: 'Five public hospitals of Shanghai, as the municipal list names them.',
          cites: [cards[2].id, cards[0].id],
        }),
      },
    ],
    createdAt: '2026-11-30T09:00:00.000Z',
    updatedAt: '2026-11-30T09:30:00.000Z',
    updatedBy: 'Press office',
  };
  return { pack, cards };
}

/** A check of the pack: every card exact, unless `statuses` says otherwise (changed cards read `today`, changed counterparts `counterpartNow`). */
export function checkOf(pack: Pack, statuses: Record<string, { status: QuoteStatus; today?: string; paragraph?: number; counterpartNow?: string }> = {}): PackCheck {
  const cards = pack.sections.flatMap((s) => s.items).filter((i): i is QuoteCard => i.kind === 'quote');
  const checks: QuoteCheck[] = cards.map((card) => {
    const given = statuses[card.id] ?? { status: 'exact' as const };
    const { target } = card.citation;
    const now =
      given.status === 'gone'
        ? null
        : {
            segmentId: target.segmentId,
            paragraph: given.paragraph ?? card.citation.source.paragraph,
            side: target.side,
            start: target.start,
            end: target.end,
            text: given.today ?? card.citation.quote.text,
          };
    return { itemId: card.id, status: given.status, now, counterpartChanged: given.counterpartNow !== undefined, counterpartNow: given.counterpartNow ?? null };
  });
  const counts = { exact: 0, moved: 0, changed: 0, gone: 0 };
  for (const c of checks) counts[c.status]++;
  return { packId: pack.id, checkedAt: '2026-12-01T08:00:00.000Z', corpusVersion: 'fixture', checks, counts };
}
