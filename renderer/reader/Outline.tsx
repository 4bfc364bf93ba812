import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { asUiLanguage } from '../../contract/languages';
import type { DocumentDetail } from '../../contract/model';
import { parseSegmentId } from '../../contract/segmentId';
import { inLanguage } from '../bilingual';
import { routeHash } from '../route';
import { outlineDepths, outlineLabel } from './outlineMarker';
import { useShownText } from '../script/chineseScriptDisplay';
import './outline.css';

interface OutlineProps {
  doc: DocumentDetail;
  activeSegmentId: string | null;
  /** In a narrow window the outline is folded behind a toolbar button and opens over the text. */
  open: boolean;
  onClose(): void;
}

/** The document's headings as a table of contents; the section being read is marked. */
export function Outline({ doc, activeSegmentId, open, onClose }: OutlineProps) {
  const { t, i18n } = useTranslation();
  const ui = asUiLanguage(i18n.language);
  const shown = useShownText();
  const headings = useMemo(() => doc.segments.filter((s) => s.kind === 'heading'), [doc]);
  const depths = useMemo(() => outlineDepths(headings.map((h) => h.level)), [headings]);
  const activeHeadingId = useMemo(() => {
    const activePosition = doc.segments.find((s) => s.id === activeSegmentId)?.position ?? -1;
    return headings.filter((h) => h.position <= activePosition).at(-1)?.id ?? null;
  }, [doc, headings, activeSegmentId]);

  // Keep the current section in sight in a long outline, scrolling the outline only.
  const navRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const nav = navRef.current;
    const current = nav?.querySelector<HTMLElement>('[aria-current]');
    if (!nav || !current) return;
    const top = current.offsetTop;
    if (top < nav.scrollTop || top + current.offsetHeight > nav.scrollTop + nav.clientHeight) {
      nav.scrollTo({ top: top - nav.clientHeight / 3 });
    }
  }, [activeHeadingId, open]);

  // Opened over the text, the outline takes the focus (on the section being read) and Esc gives it back to the button.
  useEffect(() => {
    if (!open) return;
    const nav = navRef.current;
    (nav?.querySelector<HTMLElement>('[aria-current]') ?? nav?.querySelector<HTMLElement>('a, button'))?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      onClose();
      document.querySelector<HTMLElement>('.outline-toggle')?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, onClose]);

  return (
    <nav ref={navRef} id="reader-outline" className={`outline${open ? ' is-open' : ''}`} aria-label={t('reader.outline')}>
      <div className="outline-top">
        <h2 className="outline-heading">{t('reader.outline')}</h2>
        <button type="button" className="button button-quiet outline-close" onClick={onClose}>
          {t('reader.outlineClose')}
        </button>
      </div>
      {headings.length === 0 ? (
        <p className="muted">{t('reader.outlineEmpty')}</p>
      ) : (
        <ol>
          {headings.map((heading, i) => {
            const label = inLanguage({ zh: heading.zh?.text ?? null, en: heading.en?.text ?? null }, ui);
            // Shown in the reader's script (Simplified or Traditional); the markers are split off what is shown.
            const shownLabel = label ? shown(label.text, label.language) : null;
            const parts = label && shownLabel ? outlineLabel(shownLabel.text, label.language) : null;
            const key = parseSegmentId(heading.id)?.key ?? null;
            return (
              <li key={heading.id} className={`outline-item level-${depths[i]}`}>
                <a
                  href={routeHash({ name: 'document', documentId: doc.id, segmentKey: key })}
                  aria-current={heading.id === activeHeadingId ? 'location' : undefined}
                  lang={shownLabel?.lang}
                  onClick={open ? onClose : undefined}
                >
                  {parts?.marker && <span className="outline-marker">{parts.marker}</span>}
                  {/* Read aloud and copied as "(1) Optimize…"; a grid lays out no white space between its items. */}
                  {parts?.marker && label?.language === 'en' && ' '}
                  <span className="outline-title">{parts?.title}</span>
                </a>
              </li>
            );
          })}
        </ol>
      )}
    </nav>
  );
}
