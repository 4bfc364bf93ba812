import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { asUiLanguage, type UiLanguage } from '../../contract/languages';
import { routeHash, type Route } from '../route';
import { CommandsMenu } from '../commands/CommandsMenu';
import { BackToResults } from '../search/BackToResults';
import { SearchBox } from '../search/SearchBox';
import { LanguageSwitcher } from './LanguageSwitcher';

export function TopBar(props: {
  route: Route;
  languagePreference: UiLanguage | null;
  systemLanguage: UiLanguage;
  onLanguageChange(language: UiLanguage | null): void;
}) {
  const { t, i18n } = useTranslation();
  // The brand is written in the interface's script (對照 in zh-TW, 对照 elsewhere): tag it so.
  const brandLang = asUiLanguage(i18n.language) === 'zh-TW' ? 'zh-TW' : 'zh-CN';
  const bar = useRef<HTMLElement>(null);
  useStickyHeight(bar);
  return (
    <header className="top-bar" ref={bar}>
      <a className="brand" href={routeHash({ name: 'library' })} title={t('nav.library')}>
        <span className="brand-han" lang={brandLang}>
          {t('app.brandHan')}
        </span>
        <span className="brand-latin">{t('app.brand')}</span>
      </a>
      <span className="tagline">{t('app.tagline')}</span>
      <SearchBox route={props.route} />
      <nav className="top-nav" aria-label={t('nav.library')}>
        {/* A reader opened from a search goes back to the results (the brand still leads to the library). */}
        {props.route.name === 'document' && props.route.query ? (
          <BackToResults query={props.route.query} />
        ) : (
          props.route.name !== 'library' && (
            <a className="button button-quiet" href={routeHash({ name: 'library' })}>
              {t('nav.backToLibrary')}
            </a>
          )
        )}
        <a className="button button-quiet" href={routeHash({ name: 'annotations' })} aria-current={props.route.name === 'annotations' ? 'page' : undefined}>
          {t('nav.annotations')}
        </a>
        <a className="button button-quiet" href={routeHash({ name: 'packs' })} aria-current={props.route.name === 'packs' || props.route.name === 'pack' ? 'page' : undefined}>
          {t('nav.packs')}
        </a>
        <a className="button button-quiet" href={routeHash({ name: 'terms', tab: 'termbase' })} aria-current={props.route.name === 'terms' ? 'page' : undefined}>
          {t('nav.terms')}
        </a>
        <a className="button button-quiet" href={routeHash({ name: 'settings' })} aria-current={props.route.name === 'settings' ? 'page' : undefined}>
          {t('nav.settings')}
        </a>
      </nav>
      <LanguageSwitcher
        preference={props.languagePreference}
        systemLanguage={props.systemLanguage}
        onChange={props.onLanguageChange}
      />
      <CommandsMenu />
    </header>
  );
}

/**
 * In a narrow window the bar wraps onto a second line (so the search box keeps
 * room for its query): what sticks below it follows its real height.
 */
function useStickyHeight(bar: React.RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = bar.current;
    if (!element) return;
    const observer = new ResizeObserver(() => document.documentElement.style.setProperty('--top-bar-height', `${element.offsetHeight}px`));
    observer.observe(element);
    return () => observer.disconnect();
  }, [bar]);
}
