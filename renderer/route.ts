import { SEARCH_LANGUAGES, type SearchLanguage } from '../contract/search';
import { DOCUMENT_TYPES, TEXT_ORIGINS, type DocumentType, type TextOrigin } from '../contract/model';
import { SEGMENT_KEY_PATTERN } from '../contract/segmentId';

export interface SearchFilters {
  language: SearchLanguage;
  documentIds: string[];
  types: DocumentType[];
  dateFrom: string | null;
  dateTo: string | null;
  annotatedOnly: boolean;
  /** Only hits found in published text (or in reference translations); null: any text. */
  origin: TextOrigin | null;
}

export const NO_FILTERS: SearchFilters = { language: 'any', documentIds: [], types: [], dateFrom: null, dateTo: null, annotatedOnly: false, origin: null };

export type Route =
  /** `importing`: the import dialog opened (the File menu's "Import Documents…"). */
  | { name: 'library'; importing?: true }
  /** `exact`: only the words as typed, no typo correction ("search instead for"). */
  | { name: 'search'; query: string; filters: SearchFilters; exact?: true }
  /** `query`: the search the reader was opened from, highlighted and stepped through in the find bar. */
  /** `annotationId`: the annotation to bring into view, from an annotations list. */
  | { name: 'document'; documentId: string; segmentKey: string | null; query?: string; annotationId?: string }
  | { name: 'annotations' }
  | { name: 'settings' }
  /** Briefing packs: the list, and one pack (issue #12). */
  /** `creating`: the new pack form open (the palette's "New briefing pack"). */
  | { name: 'packs'; creating?: true }
  | { name: 'pack'; packId: string }
  | TermsRoute;

/** The terminology workbench's four tabs. */
export const TERMS_TABS = ['termbase', 'concordance', 'audit', 'candidates'] as const;
export type TermsTab = (typeof TERMS_TABS)[number];

/**
 * A new concept proposed from elsewhere (the reader's "add as term", a term candidate): its Chinese and English,
 * and the paragraph it was taken from, which becomes the terms' source.
 */
export interface ConceptDraft {
  zh: string;
  en: string;
  segmentId: string | null;
}

/**
 * `#/terms/<tab>`: `query` is the concordance's; `conceptId` opens a termbase entry, `draft` a new one filled in.
 */
export type TermsRoute = { name: 'terms'; tab: TermsTab; query?: string; conceptId?: string; draft?: ConceptDraft };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `#/` is the library, `#/search?q=…` the search, `#/doc/<id>` a document and
 * `#/doc/<id>/<key>` one of its segments (a deep link); `?q=` on a document
 * carries the search it was opened from.
 */
export function parseRoute(hash: string): Route {
  const [path, search = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const params = new URLSearchParams(search);
  const parts = path.split('/').filter(Boolean).map(safeDecode);
  if (parts[0] === 'doc' && parts[1]) {
    const key = parts[2] && SEGMENT_KEY_PATTERN.test(parts[2]) ? parts[2] : null;
    const query = params.get('q');
    const annotationId = params.get('a');
    return {
      name: 'document',
      documentId: parts[1],
      segmentKey: key,
      ...(query ? { query } : {}),
      ...(annotationId && UUID.test(annotationId) ? { annotationId } : {}),
    };
  }
  if (parts[0] === 'annotations') return { name: 'annotations' };
  if (parts[0] === 'settings') return { name: 'settings' };
  if (parts[0] === 'packs') return parts[1] && UUID.test(parts[1]) ? { name: 'pack', packId: parts[1].toLowerCase() } : { name: 'packs', ...(params.get('new') === '1' ? { creating: true as const } : {}) };
  if (parts[0] === 'terms') return parseTermsRoute(parts[1], params);
  if (parts[0] === 'search') {
    const language = params.get('lang');
    const list = (name: string) => (params.get(name) ?? '').split(',').filter(Boolean);
    const date = (name: string) => {
      const value = params.get(name);
      return value && ISO_DATE.test(value) ? value : null;
    };
    return {
      name: 'search',
      query: params.get('q') ?? '',
      filters: {
        language: (SEARCH_LANGUAGES as readonly string[]).includes(language ?? '') ? (language as SearchLanguage) : 'any',
        documentIds: list('doc'),
        types: list('type').filter((t): t is DocumentType => (DOCUMENT_TYPES as readonly string[]).includes(t)),
        dateFrom: date('from'),
        dateTo: date('to'),
        annotatedOnly: params.get('mine') === '1',
        origin: (TEXT_ORIGINS as readonly string[]).includes(params.get('origin') ?? '') ? (params.get('origin') as TextOrigin) : null,
      },
      ...(params.get('exact') === '1' ? { exact: true as const } : {}),
    };
  }
  return { name: 'library', ...(params.get('import') === '1' ? { importing: true as const } : {}) };
}

export function routeHash(route: Route): string {
  if (route.name === 'library') return route.importing ? '#/?import=1' : '#/';
  if (route.name === 'search') {
    const params = new URLSearchParams({ q: route.query });
    const { language, documentIds, types, dateFrom, dateTo } = route.filters;
    if (language !== 'any') params.set('lang', language);
    if (documentIds.length) params.set('doc', documentIds.join(','));
    if (types.length) params.set('type', types.join(','));
    if (dateFrom) params.set('from', dateFrom);
    if (dateTo) params.set('to', dateTo);
    if (route.filters.annotatedOnly) params.set('mine', '1');
    if (route.filters.origin) params.set('origin', route.filters.origin);
    if (route.exact) params.set('exact', '1');
    return `#/search?${params}`;
  }
  if (route.name === 'annotations') return '#/annotations';
  if (route.name === 'settings') return '#/settings';
  if (route.name === 'packs') return route.creating ? '#/packs?new=1' : '#/packs';
  if (route.name === 'pack') return `#/packs/${route.packId}`;
  if (route.name === 'terms') return termsHash(route);
  const base = `#/doc/${encodeURIComponent(route.documentId)}`;
  const path = route.segmentKey ? `${base}/${encodeURIComponent(route.segmentKey)}` : base;
  const params = new URLSearchParams({ ...(route.query ? { q: route.query } : {}), ...(route.annotationId ? { a: route.annotationId } : {}) });
  return params.size ? `${path}?${params}` : path;
}

function parseTermsRoute(tabPart: string | undefined, params: URLSearchParams): TermsRoute {
  const tab: TermsTab = (TERMS_TABS as readonly string[]).includes(tabPart ?? '') ? (tabPart as TermsTab) : 'termbase';
  const query = params.get('q');
  const conceptId = params.get('concept');
  const draft = params.get('new') === '1' ? { zh: params.get('zh') ?? '', en: params.get('en') ?? '', segmentId: params.get('seg') || null } : null;
  return { name: 'terms', tab, ...(query ? { query } : {}), ...(conceptId ? { conceptId } : {}), ...(draft ? { draft } : {}) };
}

function termsHash(route: TermsRoute): string {
  const params = new URLSearchParams();
  if (route.query) params.set('q', route.query);
  if (route.conceptId) params.set('concept', route.conceptId);
  if (route.draft) {
    params.set('new', '1');
    if (route.draft.zh) params.set('zh', route.draft.zh);
    if (route.draft.en) params.set('en', route.draft.en);
    if (route.draft.segmentId) params.set('seg', route.draft.segmentId);
  }
  return params.size ? `#/terms/${route.tab}?${params}` : `#/terms/${route.tab}`;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return '';
  }
}
