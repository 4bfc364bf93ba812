import { useTranslation } from 'react-i18next';
import type { TextLanguage } from '../../contract/languages';
import type { TextOrigin } from '../../contract/model';
import { paragraphNumberOfKey, parseSegmentId } from '../../contract/segmentId';
import type { ConcordanceLine } from '../../contract/terminology';
import { formatDate } from '../bilingual';
import { Highlighted } from '../components/Highlighted';
import { LangText } from '../components/LangText';
import { useShownText } from '../script/chineseScriptDisplay';
import { asUiLanguage } from '../../contract/languages';
import { routeHash } from '../route';
import type { DocumentTitles } from './documentTitles';

/**
 * Keyword-in-context lines as a concordancer aligns them: one grid for the whole list, so every keyword sits in the
 * same centred column, the left context ends against it and the right context starts from it. Under each line, the
 * aligned sentences of the other language with the rendering marked, and where each side's text comes from.
 */
export function ConcordanceLines({ lines, query, titles, busy }: { lines: ConcordanceLine[]; query: string; titles: DocumentTitles; busy: boolean }) {
  return (
    <ol className="kwic-lines" aria-busy={busy}>
      {lines.map((line, i) => (
        <KwicLine key={`${line.segmentId}-${i}`} line={line} query={query} titles={titles} />
      ))}
    </ol>
  );
}

function KwicLine({ line, query, titles }: { line: ConcordanceLine; query: string; titles: DocumentTitles }) {
  const { t, i18n } = useTranslation();
  const shownText = useShownText();
  const other: TextLanguage = line.side === 'zh' ? 'en' : 'zh';
  const segmentKey = parseSegmentId(line.segmentId)?.key ?? null;
  const href = routeHash({ name: 'document', documentId: line.documentId, segmentKey, query });
  // Converted as one text, then cut: the display script keeps every length, so the three parts still meet.
  const shown = shownText(line.left + line.keyword + line.right, line.side);
  const left = shown.text.slice(0, line.left.length);
  const keyword = shown.text.slice(line.left.length, line.left.length + line.keyword.length);
  const right = shown.text.slice(line.left.length + line.keyword.length);
  const number = segmentKey ? paragraphNumberOfKey(segmentKey) : null;
  const counterpart = line.counterpart ? shownText(line.counterpart.text, other) : null;
  return (
    <li className="kwic-line" data-segment-id={line.segmentId} data-rendering={line.rendering?.label ?? ''}>
      <a className="kwic-row" href={href} lang={shown.lang} aria-label={t('terms.concordance.openLine', { text: shown.text })}>
        <span className="kwic-left" data-context-clip="">
          <span>{left}</span>
        </span>
        <strong className="kwic-keyword">{keyword}</strong>
        <span className="kwic-right" data-context-clip="">{right}</span>
      </a>
      <p className="kwic-counterpart" lang={counterpart?.lang}>
        {counterpart && line.counterpart ? (
          <Highlighted text={counterpart.text} ranges={line.counterpart.highlights} />
        ) : (
          <span className="muted">{t('terms.concordance.unaligned', { language: t(`textLanguage.${other}`) })}</span>
        )}
      </p>
      <p className="kwic-meta">
        <LangText value={titles.of(line.documentId)} className="kwic-document" />
        <span>{number !== null ? t('reader.segmentNumber', { number }) : segmentKey}</span>
        {line.date && <span>{formatDate(line.date, asUiLanguage(i18n.language))}</span>}
        <OriginTag language={line.side} origin={line.origin} />
        {line.counterpart && <OriginTag language={other} origin={line.counterpart.origin} />}
      </p>
    </li>
  );
}

/** One side's provenance in the reader's words: published text, or a reference translation. */
export function OriginTag({ language, origin }: { language: TextLanguage; origin: TextOrigin }) {
  const { t } = useTranslation();
  return (
    <span className={`origin-tag origin-${origin}`} data-origin={origin}>
      {t('terms.concordance.originOfSide', {
        language: t(`textLanguage.${language}`),
        origin: t(origin === 'published' ? 'reader.originPublished' : 'reader.originReferenceShort'),
      })}
    </span>
  );
}
