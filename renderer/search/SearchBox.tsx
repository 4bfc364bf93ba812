import { useEffect, useRef } from 'react';
import { useCommands } from '../commands/CommandsProvider';
import { useTranslation } from 'react-i18next';
import { navigate } from '../navigation';
import { NO_FILTERS, type Route } from '../route';

/**
 * The one search box, in the top bar on every screen. Ctrl+K (⌘K) focuses it
 * from anywhere; typing searches both languages as you type.
 */
export function SearchBox({ route }: { route: Route }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const query = route.name === 'search' ? route.query : '';

  const focus = () => {
    input.current?.focus();
    input.current?.select();
  };
  useCommands({
    'general.focusSearch': { run: focus },
    'go.search': {
      run: () => {
        search(input.current?.value ?? '', false);
        focus();
      },
      enabled: () => route.name !== 'search',
    },
  });

  // Keep the box in step when the route changes from elsewhere (back button, a link).
  useEffect(() => {
    if (input.current && document.activeElement !== input.current) input.current.value = query;
  }, [query]);

  const search = (text: string, replace: boolean) => {
    const filters = route.name === 'search' ? route.filters : NO_FILTERS;
    navigate({ name: 'search', query: text, filters }, { replace: replace && route.name === 'search' });
  };

  return (
    <form
      className="search-box"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        search(input.current?.value ?? '', false);
      }}
    >
      <label className="visually-hidden" htmlFor="global-search">
        {t('search.label')}
      </label>
      <input
        ref={input}
        id="global-search"
        type="search"
        defaultValue={query}
        placeholder={t('search.placeholder')}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => search(event.target.value, true)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            document.querySelector<HTMLElement>('.search-hit a')?.focus();
          }
        }}
      />
      <kbd className="search-shortcut" aria-hidden="true">
        {t('search.shortcut')}
      </kbd>
    </form>
  );
}
