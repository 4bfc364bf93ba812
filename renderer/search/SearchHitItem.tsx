import { useTranslation } from 'react-i18next';
import type { TextLanguage } from '../../contract/languages';
import type { SearchHit, SearchSnippet } from '../../contract/search';
import { parseSegmentId } from '../../contract/segmentId';
import { Highlighted } from '../components/Highlighted';
import { useShownText } from '../script/chineseScriptDisplay';
import { routeHash } from '../route';

/** One hit: the matched snippet, and under it the aligned snippet of the other language. */
export function SearchHitItem({ hit, query, onOpen }: { hit: SearchHit; query: string; onOpen(segmentId: string, href: string): void }) {
  const { t } = useTranslation();
  const first: TextLanguage = hit.matched[0] ?? 'zh';
  const second: TextLanguage = first === 'zh' ? 'en' : 'zh';
  const key = parseSegmentId(hit.segmentId)?.key ?? null;
  const href = routeHash({ name: 'document', documentId: hit.documentId, segmentKey: key, query });
  return (
    <li className="search-hit" data-segment-id={hit.segmentId}>
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
        <SnippetLine snippet={hit[first]} language={first} primary />
        <SnippetLine snippet={hit[second]} language={second} primary={hit.matched.includes(second)} />
      </a>
    </li>
  );
}

function SnippetLine({ snippet, language, primary }: { snippet: SearchSnippet | null; language: TextLanguage; primary: boolean }) {
  const { t } = useTranslation();
  const shownText = useShownText();
  if (!snippet) return null;
  // Chinese in the script the reader chose; the conversion keeps every length, so the match ranges still fit.
  const shown = shownText(snippet.text, language);
  return (
    <span className={`snippet ${primary ? 'snippet-primary' : 'snippet-counterpart'}`} lang={shown.lang} data-side={language}>
      {snippet.cutStart && t('search.ellipsis')}
      <Highlighted text={shown.text} ranges={snippet.highlights} />
      {snippet.cutEnd && t('search.ellipsis')}
    </span>
  );
}
