import { useTranslation } from 'react-i18next';

/** What the skip link jumps to on the screen shown; a screen may offer a better place than its top (the reader: the text in view). */
let skipTarget: (() => HTMLElement | null) | null = null;

/** A screen names where "Skip to the text" lands; the returned function takes it back. */
export function offerSkipTarget(find: () => HTMLElement | null): () => void {
  skipTarget = find;
  return () => {
    if (skipTarget === find) skipTarget = null;
  };
}

/**
 * The first focusable element of every screen, shown when focused. It cannot
 * be a plain `#main` link: the route lives in the hash, so it moves the focus
 * itself instead of navigating.
 */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      className="skip-link"
      href="#main"
      onClick={(event) => {
        event.preventDefault();
        const target = skipTarget?.() ?? document.getElementById('main');
        target?.focus();
      }}
    >
      {t('nav.skipToContent')}
    </a>
  );
}
