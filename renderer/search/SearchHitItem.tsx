import { useTranslation } from 'react-i18next';
import type { TextLanguage } from '../../contract/languages';
import type { SearchHit, SearchSnippet } from '../../contract/search';
import { parseSegmentId } from '../../contract/segmentId';
import type { TextOrigin } from '../../contract/model';
import { Highlighted } from '../components/Highlighted';
import { OriginLabel } from '../provenance/OriginLabel';
import { ReviewNoteDetails } from '../provenance/ReviewNoteDetails';
import { useShownText } from '../script/chineseScriptDisplay';
import { routeHash } from '../route';
import { AddToPackMenu } from '../packs/AddToPackMenu';
import { quoteSourceOf } from './searchHitSource';

/**
 * One hit: the matched snippet, and under it the aligned snippet of the other
 * language, each saying whether it is published text or a reference
 * translation; a flagged paragraph's review note under the hit.
 */
export function SearchHitItem(props: { hit: SearchHit; query: string; onOpen(segmentId: string, href: string): void; selected: boolean; onToggle(hit: SearchHit): void }) {
  const { hit, query, onOpen, selected, onToggle } = props;
  const { t } = useTranslation();
  const first: TextLanguage = hit.matched[0] ?? 'zh';
  const second: TextLanguage = first === 'zh' ? 'en' : 'zh';
  const key = parseSegmentId(hit.segmentId)?.key ?? null;
  const href = routeHash({ name: 'document', documentId: hit.documentId, segmentKey: key, query });
  return (
    <li className="search-hit" data-segment-id={hit.segmentId} data-selected={selected}>
      <input
        type="checkbox"
        className="search-hit-select"
        checked={selected}
        onChange={() => onToggle(hit)}
        aria-label={t('searchSelection.hit', { number: hit.position + 1 })}
      />
      <a
        href={href}
        onClick={() => onOpen(hit.segmentId, href)}
        onKeyDown={(event) => {
          const items = [...document.querySelectorAll<HTMLElement>('.search-hit a')];
          const at = items.indexOf(event.currentTarget);
          if (event.key === 'ArrowDown' && at + 1 < items.length) {
            event.preventDefault();
            items[at + 1].focus();
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            (at > 0 ? items[at - 1] : document.getElementById('global-search'))?.focus();
          }
        }}
      >
        <span className="search-hit-meta">
          {t('reader.segmentNumber', { number: hit.position + 1 })}
          {hit.kind !== 'paragraph' && <span className="search-hit-kind">{t(`search.kind.${hit.kind}`)}</span>}
        </span>
        <SnippetLine snippet={hit[first]} language={first} origin={hit.origin[first]} primary />
        <SnippetLine snippet={hit[second]} language={second} origin={hit.origin[second]} primary={hit.matched.includes(second)} />
      </a>
      <AddToPackMenu className="search-hit-add" look="small" sources={() => [quoteSourceOf(hit)]} />
      {hit.reviewNote && <ReviewNoteDetails note={hit.reviewNote} />}
    </li>
  );
}

function SnippetLine(props: { snippet: SearchSnippet | null; language: TextLanguage; origin: TextOrigin | null; primary: boolean }) {
  const { snippet, language, origin, primary } = props;
  const { t } = useTranslation();
  const shownText = useShownText();
  if (!snippet) return null;
  // Chinese in the script the reader chose; the conversion keeps every length, so the match ranges still fit.
  const shown = shownText(snippet.text, language);
  return (
    <span className="hit-side" data-side={language}>
      <OriginLabel origin={origin} />
      <span className={`snippet ${primary ? 'snippet-primary' : 'snippet-counterpart'}`} lang={shown.lang} data-side={language}>
        {snippet.cutStart && t('search.ellipsis')}
        <Highlighted text={shown.text} ranges={snippet.highlights} />
        {snippet.cutEnd && t('search.ellipsis')}
      </span>
    </span>
  );
}
