import { SEGMENT_KEY_PATTERN } from '../contract/segmentId';

export type Route = { name: 'library' } | { name: 'document'; documentId: string; segmentKey: string | null };

/** `#/` is the library, `#/doc/<id>` a document, `#/doc/<id>/<key>` one of its segments (a deep link). */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(safeDecode);
  if (parts[0] === 'doc' && parts[1]) {
    const key = parts[2] && SEGMENT_KEY_PATTERN.test(parts[2]) ? parts[2] : null;
    return { name: 'document', documentId: parts[1], segmentKey: key };
  }
  return { name: 'library' };
}

export function routeHash(route: Route): string {
  if (route.name === 'library') return '#/';
  const base = `#/doc/${encodeURIComponent(route.documentId)}`;
  return route.segmentKey ? `${base}/${encodeURIComponent(route.segmentKey)}` : base;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return '';
  }
}
