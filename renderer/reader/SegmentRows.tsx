import { forwardRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextLanguage } from '../../contract/languages';
import type { DocumentDetail, Segment } from '../../contract/model';
import { parseSegmentId } from '../../contract/segmentId';
import type { TextRange } from '../../contract/search';
import { LANG_ATTRIBUTE } from '../bilingual';
import type { Annotation } from '../../contract/annotations';
import { AnnotatedText } from '../annotations/AnnotatedText';
import type { FindHit } from './ReaderView';
import { routeHash } from '../route';
import type { SentenceIndex, SentenceRange } from './sentences/sentenceIndex';
import { renderSentence, SENTENCE_KEYS_HINT_ID } from './sentences/SentenceSpan';
import { ReviewFlag } from './ReviewFlag';
import { useChineseScript } from '../script/chineseScriptDisplay';
import { rememberStoredText } from '../script/storedText';
import { useCellTermMarks } from './terms/useTermMarks';
import { ParagraphCitationButton } from '../briefing/ParagraphCitationButton';

/** Match ranges per segment and side, from the find bar. */
export type SegmentHighlights = ReadonlyMap<string, Record<TextLanguage, TextRange[]>>;

interface SegmentRowsProps {
  doc: DocumentDetail;
  columns: TextLanguage[];
  targetId: string | null;
  highlights: SegmentHighlights;
  currentHit: FindHit | null;
  annotations: ReadonlyMap<string, Annotation[]>;
  onOpenAnnotation(annotation: Annotation, element: HTMLElement): void;
  /** Each segment side's sentences (see sentences/). */
  sentences: SentenceIndex['ranges'];
}

/**
 * One grid row per segment, its Chinese and English cells side by side: a row
 * is as tall as its longer side, so each paragraph stays level with its
 * counterpart whatever their lengths.
 */
export const SegmentRows = forwardRef<HTMLDivElement, SegmentRowsProps>(function SegmentRows(
  { doc, columns, targetId, highlights, currentHit, annotations, onOpenAnnotation, sentences },
  ref,
) {
  const { t } = useTranslation();
  const [status, setStatus] = useState('');
  return (
    <div ref={ref} className={`segment-rows columns-${columns.length}`} data-columns={columns.join(',')}>
      <div className="segment-row column-headers" aria-hidden="true">
        <span />
        {columns.map((language) => (
          <span key={language} className="column-header" data-column={language}>
            {t(`textLanguage.${language}`)}
          </span>
        ))}
      </div>
      {doc.segments.map((segment) => (
        <SegmentRow
          key={segment.id}
          segment={segment}
          documentId={doc.id}
          columns={columns}
          isTarget={segment.id === targetId}
          highlights={highlights.get(segment.id)}
          currentHit={currentHit?.segmentId === segment.id ? currentHit : null}
          annotations={annotations.get(segment.id)}
          onOpenAnnotation={onOpenAnnotation}
          onCopied={setStatus}
          sentences={sentences.get(segment.id)}
        />
      ))}
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      <p className="visually-hidden" id={SENTENCE_KEYS_HINT_ID}>
        {t('sentences.keysHint')}
      </p>
    </div>
  );
});

function SegmentRow(props: {
  segment: Segment;
  documentId: string;
  columns: TextLanguage[];
  isTarget: boolean;
  highlights: Record<TextLanguage, TextRange[]> | undefined;
  currentHit: FindHit | null;
  annotations: Annotation[] | undefined;
  onOpenAnnotation(annotation: Annotation, element: HTMLElement): void;
  onCopied(message: string): void;
  sentences: Record<TextLanguage, readonly SentenceRange[]> | undefined;
}) {
  const { t } = useTranslation();
  const { segment } = props;
  const key = parseSegmentId(segment.id)?.key ?? '';
  const number = segment.position + 1;
  const href = routeHash({ name: 'document', documentId: props.documentId, segmentKey: key });

  const copyLink = () => {
    const url = `${window.location.origin}${window.location.pathname}${href}`;
    navigator.clipboard.writeText(url).then(
      () => props.onCopied(t('reader.linkCopied', { number })),
      () => props.onCopied(t('reader.copyFailed')),
    );
  };

  return (
    <div
      data-review={segment.reviewNote ? 'true' : undefined}
      className={`segment-row segment segment-${segment.kind}${segment.level ? ` level-${segment.level}` : ''}${props.isTarget ? ' is-target' : ''}`}
      id={`seg-${key}`}
      data-segment-id={segment.id}
      role="group"
      aria-label={t('reader.segmentNumber', { number })}
    >
      <div className="segment-gutter">
        <a className="segment-number" href={href} title={t('reader.segmentNumber', { number })}>
          {number}
        </a>
        <button type="button" className="copy-link" tabIndex={-1} onClick={copyLink} aria-label={t('reader.copyLink', { number })} title={t('reader.copyLink', { number })}>
          <LinkIcon />
        </button>
        <ParagraphCitationButton segment={segment} />
      </div>
      {props.columns.map((language) => (
        <SegmentCell
          key={language}
          segment={segment}
          language={language}
          ranges={props.highlights?.[language] ?? []}
          current={props.currentHit?.side === language ? props.currentHit.range : -1}
          annotations={props.annotations ?? NO_ANNOTATIONS}
          onOpenAnnotation={props.onOpenAnnotation}
          sentences={props.sentences?.[language] ?? NO_SENTENCES}
        />
      ))}
      {segment.reviewNote && <ReviewFlag note={segment.reviewNote} />}
    </div>
  );
}

const NO_ANNOTATIONS: Annotation[] = [];
const NO_SENTENCES: readonly SentenceRange[] = [];

function SegmentCell(props: {
  segment: Segment;
  language: TextLanguage;
  ranges: TextRange[];
  current: number;
  /** The segment's annotations, both sides: this side's are highlighted, the other side's get a quiet mark. */
  annotations: Annotation[];
  onOpenAnnotation(annotation: Annotation, element: HTMLElement): void;
  sentences: readonly SentenceRange[];
}) {
  const { segment, language } = props;
  const { t } = useTranslation();
  const script = useChineseScript();
  const termMarks = useCellTermMarks(segment.id, language);
  const side = segment[language];
  if (!side) {
    return (
      <div className="cell cell-missing" data-side={language} data-missing="true">
        <span className="missing-label">{t('reader.missingSide', { language: t(`textLanguage.${language}`) })}</span>
      </div>
    );
  }
  const Tag = segment.kind === 'title' ? 'h2' : segment.kind === 'heading' ? (segment.level === 1 ? 'h3' : 'h4') : 'p';
  return (
    <div className="cell" data-side={language} data-origin={side.origin}>
      <Tag className="cell-text" lang={language === 'zh' ? script.lang : LANG_ATTRIBUTE[language]} ref={(element: HTMLElement | null) => rememberStoredText(element, side.text)}>
        <AnnotatedText
          text={language === 'zh' ? script.show(side.text) : side.text}
          findRanges={props.ranges}
          currentFind={props.current}
          annotations={props.annotations.filter((a) => a.target.side === language)}
          onOpenAnnotation={props.onOpenAnnotation}
          groups={props.sentences}
          renderGroup={renderSentence}
          termMarks={termMarks}
        />
      </Tag>
      <CounterpartMark annotations={props.annotations} side={language} />
      {side.origin === 'reference-translation' ? (
        <span className="origin-mark" title={t('reader.originReference')}>
          {t('reader.originReferenceShort')}
        </span>
      ) : (
        <span className="visually-hidden">{t('reader.originPublished')}</span>
      )}
    </div>
  );
}

/** Tells, quietly, that the aligned text on the other side carries annotations. */
function CounterpartMark({ annotations, side }: { annotations: Annotation[]; side: TextLanguage }) {
  const { t } = useTranslation();
  const other = annotations.filter((a) => a.target.side !== side);
  if (other.length === 0) return null;
  const label = t('annotations.counterpartMark', { count: other.length, language: t(`textLanguage.${other[0].target.side}`) });
  return (
    <span className={`counterpart-mark colour-${other[0].colour}`} data-counterpart-annotated="true" title={label} role="img" aria-label={label} />
  );
}

function LinkIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d="M6.5 9.5a3 3 0 0 0 4.2 0l2.6-2.6a3 3 0 0 0-4.2-4.2L8 3.8M9.5 6.5a3 3 0 0 0-4.2 0L2.7 9.1a3 3 0 0 0 4.2 4.2L8 12.2"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
      />
    </svg>
  );
}
