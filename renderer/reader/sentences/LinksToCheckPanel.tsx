import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { LOW_CONFIDENCE } from '../../../contract/alignment';
import { LANG_ATTRIBUTE } from '../../bilingual';
import { confidencePercent, linkKeys, linkSideText, type SentenceIndex } from './sentenceIndex';
import type { SentencePairStore } from './sentencePairStore';

interface LinksToCheckPanelProps {
  index: SentenceIndex;
  store: SentencePairStore;
  onShow(linkId: number): void;
  onClose(): void;
}

/** The document's low-confidence sentence links, both sides; each shows and pins its pair in the text. */
export function LinksToCheckPanel({ index, store, onShow, onClose }: LinksToCheckPanelProps) {
  const { t } = useTranslation();
  const pinned = useSyncExternalStore(store.subscribe, () => store.pinned);
  const links = index.lowConfidence;
  const threshold = confidencePercent(LOW_CONFIDENCE);
  return (
    <>
      <div className="panel-header">
        <h2 id="links-to-check-title">{t('sentences.checkTitle')}</h2>
        <button type="button" className="button button-quiet" onClick={onClose} aria-label={t('sentences.closePanel')}>
          {t('sentences.close')}
        </button>
      </div>
      <p className="panel-intro">{links.length === 0 ? t('sentences.checkNone', { percent: threshold }) : t('sentences.checkIntro', { count: links.length, percent: threshold })}</p>
      {links.length > 0 && (
        <ol className="link-check-items" aria-labelledby="links-to-check-title">
          {links.map((link) => {
            const first = index.entries.get(linkKeys(link, link.zh.length > 0 ? 'zh' : 'en')[0]);
            return (
              <li key={link.id} className="link-check-item" aria-current={pinned === link.id ? 'true' : undefined}>
                <p className="item-document">
                  {t('sentences.itemMeta', { paragraph: first?.paragraph ?? '', percent: confidencePercent(link.confidence) })}
                </p>
                <button type="button" className="link-check-show" data-link={link.id} onClick={() => onShow(link.id)}>
                  {(['zh', 'en'] as const).map((side) => {
                    const text = linkSideText(index, link, side);
                    return text ? (
                      <span key={side} className="link-check-text" lang={LANG_ATTRIBUTE[side]}>
                        {text}
                      </span>
                    ) : (
                      <span key={side} className="link-check-text is-empty">
                        {t('sentences.noSentence', { language: t(`textLanguage.${side}`) })}
                      </span>
                    );
                  })}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <p className="panel-keys muted">{t('sentences.keysHint')}</p>
    </>
  );
}
