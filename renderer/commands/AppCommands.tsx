import { UI_LANGUAGES, type UiLanguage } from '../../contract/languages';
import { THEMES, type Preferences } from '../../contract/model';
import { navigate } from '../navigation';
import { TERMS_TABS, type Route } from '../route';
import type { CommandBindings } from './registry';
import { useCommands } from './CommandsProvider';

interface AppCommandsProps {
  route: Route;
  preferences: Preferences;
  onPreferencesChange(patch: Partial<Preferences>): void;
}

/** The commands the app itself owns: going to a screen, the theme and the interface language. */
export function AppCommands({ route, preferences, onPreferencesChange }: AppCommandsProps) {
  const bindings: CommandBindings = {
    'go.library': { run: () => navigate({ name: 'library' }), enabled: () => route.name !== 'library' },
    'go.annotations': { run: () => navigate({ name: 'annotations' }), enabled: () => route.name !== 'annotations' },
    'go.settings': { run: () => navigate({ name: 'settings' }), enabled: () => route.name !== 'settings' },
    'go.packs': { run: () => navigate({ name: 'packs' }), enabled: () => route.name !== 'packs' },
    // The library's route with the dialog open, as the File menu's item opens it (ImportHost takes it from there).
    'documents.import': { run: () => navigate({ name: 'library', importing: true }) },
    'packs.new': { run: () => navigate({ name: 'packs', creating: true }), enabled: () => route.name !== 'packs' || !route.creating },
  };
  for (const tab of TERMS_TABS) {
    bindings[`go.terms.${tab}`] = { run: () => navigate({ name: 'terms', tab }), enabled: () => route.name !== 'terms' || route.tab !== tab };
  }
  for (const theme of THEMES) {
    bindings[`settings.theme.${theme}`] = { run: () => onPreferencesChange({ theme }), enabled: () => preferences.theme !== theme };
  }
  for (const language of [null, ...UI_LANGUAGES] as (UiLanguage | null)[]) {
    bindings[`settings.language.${language ?? 'system'}`] = {
      run: () => onPreferencesChange({ uiLanguage: language }),
      enabled: () => preferences.uiLanguage !== language,
    };
  }
  useCommands(bindings);
  return null;
}
