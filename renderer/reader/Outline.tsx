import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { asUiLanguage } from '../../contract/languages';
import type { DocumentDetail } from '../../contract/model';
import { parseSegmentId } from '../../contract/segmentId';
import { inLanguage } from '../bilingual';
import { routeHash } from '../route';
import { useShownText } from '../script/chineseScriptDisplay';

/** The document's headings as a table of contents; the section being read is marked. */
export function Outline({ doc, activeSegmentId }: { doc: DocumentDetail; activeSegmentId: string | null }) {
  const { t, i18n } = useTranslation();
  const ui = asUiLanguage(i18n.language);
  const shown = useShownText();
  const headings = useMemo(() => doc.segments.filter((s) => s.kind === 'heading'), [doc]);
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
  }, [activeHeadingId]);

  return (
    <nav ref={navRef} className="outline" aria-label={t('reader.outline')}>
      <h2 className="outline-heading">{t('reader.outline')}</h2>
      {headings.length === 0 ? (
        <p className="muted">{t('reader.outlineEmpty')}</p>
      ) : (
        <ol>
          {headings.map((heading) => {
            const label = inLanguage({ zh: heading.zh?.text ?? null, en: heading.en?.text ?? null }, ui);
            const key = parseSegmentId(heading.id)?.key ?? null;
            return (
              <li key={heading.id} className={`outline-item level-${heading.level ?? 1}`}>
                <a
                  href={routeHash({ name: 'document', documentId: doc.id, segmentKey: key })}
                  aria-current={heading.id === activeHeadingId ? 'location' : undefined}
                  lang={label ? shown(label.text, label.language).lang : undefined}
                >
                  {label && shown(label.text, label.language).text}
                </a>
              </li>
            );
          })}
        </ol>
      )}
    </nav>
  );
}
