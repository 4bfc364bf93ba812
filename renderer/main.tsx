import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { uiLanguageFromLocale } from '../contract/languages';
import { connectApi } from './api/api';
import { ApiContext } from './api/ApiContext';
import { App } from './App';
import { CommandsProvider } from './commands/CommandsProvider';
import { initI18n } from './i18n';
import { colourScheme, showColourScheme, systemPrefersDark } from './theme';
import './styles.css';
import './commands/commands.css';
import './script/chineseScript.css';
import './search/search.css';
import './briefing/citation.css';
import './print.css';

/** Loads what the first screen needs, then renders; `data-app-ready` tells tests start-up finished. */
async function boot(): Promise<void> {
  // The system's scheme until the preferences arrive, so neither the wait nor a start-up failure flashes light in a dark room.
  showColourScheme(colourScheme('system', systemPrefersDark()));
  const api = connectApi();
  const root = createRoot(document.getElementById('root')!);
  const [startup, preferences] = await Promise.all([api.getStartupState({}), api.getPreferences({})]);
  if (!startup.ok || !preferences.ok) {
    const i18n = initI18n(uiLanguageFromLocale(navigator.language));
    const error = !startup.ok ? startup.error : !preferences.ok ? preferences.error : null;
    root.render(
      <div className="boot-failure" role="alert">
        <h1>{i18n.t('errors.title')}</h1>
        <p>{i18n.t(`errors.${error?.code ?? 'internal'}`)}</p>
      </div>,
    );
    document.body.dataset.appReady = 'failed';
    return;
  }
  const i18n = initI18n(preferences.value.uiLanguage ?? startup.value.systemLanguage);
  root.render(
    <StrictMode>
      <ApiContext.Provider value={api}>
        <I18nextProvider i18n={i18n}>
          <CommandsProvider>
            <App startup={startup.value} initialPreferences={preferences.value} />
          </CommandsProvider>
        </I18nextProvider>
      </ApiContext.Provider>
    </StrictMode>,
  );
  document.body.dataset.appReady = 'true';
}

void boot();
