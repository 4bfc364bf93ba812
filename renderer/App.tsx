import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../contract/languages';
import { chineseScriptOf, type Preferences, type StartupState } from '../contract/model';
import { useApi } from './api/ApiContext';
import { ErrorMessage } from './components/ErrorMessage';
import { NoticeBanner } from './components/NoticeBanner';
import { SkipLink } from './components/SkipLink';
import { TopBar } from './components/TopBar';
import { ImportHost } from './library/ImportHost';
import { LibraryView } from './library/LibraryView';
import { ReaderView } from './reader/ReaderView';
import { SearchView } from './search/SearchView';
import { AnnotationsView } from './annotations/AnnotationsView';
import { SettingsView } from './settings/SettingsView';
import { PacksListView } from './packs/PacksListView';
import { PackView } from './packs/PackView';
import { citationStyleOf } from '../contract/briefing';
import { navigate } from './navigation';
import { TerminologyView } from './terminology/TerminologyView';
import { useHistoryKeys } from './navigation';
import { parseRoute, type Route } from './route';
import { AddToPackHost } from './packs/AddToPackHost';
import { useColourScheme } from './theme';
import { AppCommands } from './commands/AppCommands';
import { ChineseScriptContext, chineseScriptDisplay } from './script/chineseScriptDisplay';
import type { ApiError } from '../contract/result';

function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}

export function App({ startup, initialPreferences }: { startup: StartupState; initialPreferences: Preferences }) {
  const api = useApi();
  const { t, i18n } = useTranslation();
  const route = useHashRoute();
  const [preferences, setPreferences] = useState(initialPreferences);
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const language: UiLanguage = preferences.uiLanguage ?? startup.systemLanguage;
  useColourScheme(preferences.theme);
  const script = chineseScriptOf(preferences.chineseScript, startup.systemLanguage);
  const scriptDisplay = useMemo(() => chineseScriptDisplay(script), [script]);
  useHistoryKeys();

  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);
  useEffect(() => {
    document.title = t('app.name');
  }, [t]);

  /** Shows a preference change at once and keeps what the store answers, or puts it back on failure (except on read-only data). */
  const updatePreferences = useCallback(
    async (patch: Partial<Preferences>) => {
      const before = preferences;
      setPreferences({ ...preferences, ...patch });
      const result = await api.setPreferences(patch);
      if (result.ok) {
        setPreferences(result.value);
        setSaveError(null);
      } else if (result.error.code === 'user-data-read-only') {
        // Read-only data: the change holds for this session, and the lasting notice already says nothing is saved.
        setSaveError(null);
      } else {
        setPreferences(before);
        setSaveError(result.error);
      }
    },
    [api, preferences],
  );

  return (
    <ChineseScriptContext value={scriptDisplay}>
    <div className="app" style={{ '--reading-font-size': `${preferences.fontSize}px` } as React.CSSProperties}>
      <SkipLink />
      <TopBar
        route={route}
        languagePreference={preferences.uiLanguage}
        systemLanguage={startup.systemLanguage}
        onLanguageChange={(uiLanguage) => void updatePreferences({ uiLanguage })}
      />
      <AppCommands route={route} preferences={preferences} onPreferencesChange={(patch) => void updatePreferences(patch)} />
      <NoticeBanner notices={startup.notices} />
      <AddToPackHost />
      {saveError && <ErrorMessage error={saveError} />}
      <ImportHost route={route}>
      <main id="main" className="main" tabIndex={-1}>
        {route.name === 'library' && <LibraryView />}
        {route.name === 'search' && <SearchView query={route.query} filters={route.filters} exact={route.exact} />}
        {route.name === 'annotations' && <AnnotationsView />}
        {route.name === 'terms' && <TerminologyView route={route} />}
        {route.name === 'packs' && (
          <PacksListView creating={route.creating === true} onCreatingChange={(creating) => navigate({ name: 'packs', ...(creating ? { creating } : {}) }, { replace: true })} />
        )}
        {route.name === 'pack' && <PackView key={route.packId} packId={route.packId} citationStyle={citationStyleOf(preferences.citationStyle, language)} />}
        {route.name === 'settings' && <SettingsView preferences={preferences} onPreferencesChange={updatePreferences} />}
        {route.name === 'document' && (
          <ReaderView
            key={route.documentId}
            documentId={route.documentId}
            segmentKey={route.segmentKey}
            query={route.query}
            annotationId={route.annotationId}
            preferences={preferences}
            onPreferencesChange={(patch) => void updatePreferences(patch)}
          />
        )}
      </main>
      </ImportHost>
    </div>
    </ChineseScriptContext>
  );
}
