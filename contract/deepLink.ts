import { TEXT_LANGUAGES, type TextLanguage } from './languages';
import { DOCUMENT_ID_PATTERN, SEGMENT_KEY_PATTERN } from './segmentId';

/**
 * Deep links into Duizhao (issue #12): `duizhao://doc/<documentId>/<segmentKey>`,
 * optionally `?side=zh&start=3&end=20` for a stretch of one side. One place
 * writes and reads them: the citation builder, the Electron shell that is
 * opened with one, and the renderer. Anything else is refused.
 */
export const DEEP_LINK_SCHEME = 'duizhao';

export interface DeepLink {
  documentId: string;
  segmentKey: string;
  range?: { side: TextLanguage; start: number; end: number };
}

const MAX_LINK_LENGTH = 300;
const OFFSET = /^(0|[1-9]\d{0,6})$/;

export function makeDeepLink(link: DeepLink): string {
  if (!DOCUMENT_ID_PATTERN.test(link.documentId) || !SEGMENT_KEY_PATTERN.test(link.segmentKey)) throw new Error('Not a segment to link to');
  const base = `${DEEP_LINK_SCHEME}://doc/${link.documentId}/${link.segmentKey}`;
  const { range } = link;
  return range ? `${base}?side=${range.side}&start=${range.start}&end=${range.end}` : base;
}

/** The place a deep link names, or null for anything that is not exactly such a link. */
export function parseDeepLink(url: string): DeepLink | null {
  if (typeof url !== 'string' || url.length > MAX_LINK_LENGTH) return null;
  const m = /^duizhao:\/\/doc\/([^/?#]+)\/([^/?#]+)\/?(?:\?([^#]*))?$/.exec(url);
  if (!m) return null;
  const [, documentId, segmentKey, query] = m;
  if (!DOCUMENT_ID_PATTERN.test(documentId) || !SEGMENT_KEY_PATTERN.test(segmentKey)) return null;
  if (query === undefined || query === '') return { documentId, segmentKey };
  const range = parseRange(query);
  return range ? { documentId, segmentKey, range } : null;
}

function parseRange(query: string): DeepLink['range'] | null {
  const pairs = query.split('&').map((pair) => pair.split('='));
  if (pairs.length !== 3 || pairs.some((p) => p.length !== 2)) return null;
  const params = new Map(pairs as [string, string][]);
  const side = params.get('side');
  const start = params.get('start');
  const end = params.get('end');
  if (!side || !(TEXT_LANGUAGES as readonly string[]).includes(side) || !start || !end || !OFFSET.test(start) || !OFFSET.test(end)) return null;
  if (Number(end) <= Number(start)) return null;
  return { side: side as TextLanguage, start: Number(start), end: Number(end) };
}

/** The reader's route for a deep link (renderer/route.ts reads `#/doc/<id>/<key>`). */
export function deepLinkHash(link: DeepLink): string {
  return `#/doc/${link.documentId}/${link.segmentKey}`;
}

/**
 * The deep link among a process's arguments: Windows and Linux start the app
 * (or hand the running one, `second-instance`) the link as an argument.
 */
export function deepLinkInArgv(argv: readonly string[]): DeepLink | null {
  for (const arg of argv) {
    if (arg.startsWith(`${DEEP_LINK_SCHEME}://`)) return parseDeepLink(arg);
  }
  return null;
}
