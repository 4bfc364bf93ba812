import { memo } from 'react';
import type { TextLanguage } from '../../contract/languages';
import type { Segment } from '../../contract/model';
import { parseSegmentId } from '../../contract/segmentId';
import type { TextRange } from '../../contract/search';
import type { Annotation } from '../../contract/annotations';
import { LANG_ATTRIBUTE } from '../bilingual';
import { AnnotatedText } from '../annotations/AnnotatedText';
import type { FindHit } from './useFindInDocument';
import { routeHash } from '../route';
import type { SentenceRange } from './sentences/sentenceIndex';
import { renderSentence } from './sentences/SentenceSpan';
import { ReviewFlag } from './ReviewFlag';
import { useChineseScript } from '../script/chineseScriptDisplay';
import { rememberStoredText } from '../script/storedText';
import { useCellTermMarks } from './terms/useTermMarks';
import { ParagraphCitationButton } from '../briefing/ParagraphCitationButton';
import type { RowLabels } from './rowLabels';

interface SegmentRowProps {
  segment: Segment;
  documentId: string;
  columns: readonly TextLanguage[];
  isTarget: boolean;
  highlights: Record<TextLanguage, TextRange[]> | undefined;
  currentHit: FindHit | null;
  annotations: Annotation[] | undefined;
  onOpenAnnotation(annotation: Annotation, element: HTMLElement): void;
  onCopied(message: string): void;
  sentences: Record<TextLanguage, readonly SentenceRange[]> | undefined;
  labels: RowLabels;
}

/**
 * One segment: its Chinese and English cells side by side in one grid row, as tall as the longer side, so each
 * paragraph stays level with its counterpart. Memoised: a row renders again only when something of its own changes.
 */
export const SegmentRow = memo(function SegmentRow(props: SegmentRowProps) {
  const { segment, labels } = props;
  const key = parseSegmentId(segment.id)?.key ?? '';
  const number = segment.position + 1;
  const href = routeHash({ name: 'document', documentId: props.documentId, segmentKey: key });

  const copyLink = () => {
    const url = `${window.location.origin}${window.location.pathname}${href}`;
    navigator.clipboard.writeText(url).then(
      () => props.onCopied(labels.linkCopied(number)),
      () => props.onCopied(labels.copyFailed),
    );
  };

  return (
    <div
      data-review={segment.reviewNote ? 'true' : undefined}
      className={`segment-row segment segment-${segment.kind}${segment.level ? ` level-${segment.level}` : ''}${props.isTarget ? ' is-target' : ''}`}
      id={`seg-${key}`}
      data-segment-id={segment.id}
      role="group"
      aria-label={labels.segmentNumber(number)}
    >
      <div className="segment-gutter">
        <a className="segment-number" href={href} title={labels.segmentNumber(number)}>
          {number}
        </a>
        <button type="button" className="copy-link" tabIndex={-1} onClick={copyLink} aria-label={labels.copyLink(number)} title={labels.copyLink(number)}>
          <LinkIcon />
        </button>
        <ParagraphCitationButton segment={segment} label={labels.copyParagraph(number)} preferred={labels.quotedSide} copy={labels.copyCitation} />
      </div>
      {props.columns.map((language) => (
        <SegmentCell
          key={language}
          segment={segment}
          language={language}
          ranges={props.highlights?.[language] ?? NO_RANGES}
          current={props.currentHit?.side === language ? props.currentHit.range : -1}
          annotations={props.annotations ?? NO_ANNOTATIONS}
          onOpenAnnotation={props.onOpenAnnotation}
          sentences={props.sentences?.[language] ?? NO_SENTENCES}
          labels={labels}
        />
      ))}
      {segment.reviewNote && <ReviewFlag note={segment.reviewNote} label={labels.reviewFlag} />}
    </div>
  );
});

const NO_ANNOTATIONS: Annotation[] = [];
const NO_SENTENCES: readonly SentenceRange[] = [];
const NO_RANGES: TextRange[] = [];

function SegmentCell(props: {
  segment: Segment;
  language: TextLanguage;
  ranges: TextRange[];
  current: number;
  /** The segment's annotations, both sides: this side's are highlighted, the other side's get a quiet mark. */
  annotations: Annotation[];
  onOpenAnnotation(annotation: Annotation, element: HTMLElement): void;
  sentences: readonly SentenceRange[];
  labels: RowLabels;
}) {
  const { segment, language, labels } = props;
  const script = useChineseScript();
  const termMarks = useCellTermMarks(segment.id, language);
  const side = segment[language];
  if (!side) {
    return (
      <div className="cell cell-missing" data-side={language} data-missing="true">
        <span className="missing-label">{labels.missingSide(language)}</span>
      </div>
    );
  }
  const Tag = segment.kind === 'title' ? 'h2' : segment.kind === 'heading' ? (segment.level === 1 ? 'h3' : 'h4') : 'p';
  return (
    <div className="cell" data-side={language} data-origin={side.origin}>
      <Tag className="cell-text" lang={language === 'zh' ? script.lang : LANG_ATTRIBUTE[language]} ref={(element: HTMLElement | null) => rememberStoredText(element, side.text)}>
        <AnnotatedText
          text={language === 'zh' ? script.show(side.text) : side.text}
          highlightLabel={labels.highlight}
          findRanges={props.ranges}
          currentFind={props.current}
          annotations={props.annotations.filter((a) => a.target.side === language)}
          onOpenAnnotation={props.onOpenAnnotation}
          groups={props.sentences}
          renderGroup={renderSentence}
          termMarks={termMarks}
        />
      </Tag>
      <CounterpartMark annotations={props.annotations} side={language} labels={labels} />
      {side.origin === 'reference-translation' ? (
        <span className="origin-mark" title={labels.originReference}>
          {labels.originReferenceShort}
        </span>
      ) : side.origin === 'user-draft' ? (
        <span className="origin-mark" title={labels.originUserDraft}>
          {labels.originUserDraftShort}
        </span>
      ) : (
        <span className="visually-hidden">{labels.originPublished}</span>
      )}
    </div>
  );
}

/** Tells, quietly, that the aligned text on the other side carries annotations. */
function CounterpartMark({ annotations, side, labels }: { annotations: Annotation[]; side: TextLanguage; labels: RowLabels }) {
  const other = annotations.filter((a) => a.target.side !== side);
  if (other.length === 0) return null;
  const label = labels.counterpartMark(other.length, other[0].target.side);
  return <span className={`counterpart-mark colour-${other[0].colour}`} data-counterpart-annotated="true" title={label} role="img" aria-label={label} />;
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
