import { describe, expect, it } from 'vitest';
import { chineseScriptOf, DEFAULT_PREFERENCES } from '../../../contract/model';
import { openConnection } from '../../../main/domain/database/connection';
import { migrate } from '../../../main/domain/database/migrate';
import { userDatabaseMigrations } from '../../../main/domain/database/migrations';
import { PreferenceStore } from '../../../main/domain/preferences/preferenceStore';

function store() {
  const db = openConnection(':memory:');
  migrate(db, userDatabaseMigrations);
  return { db, prefs: new PreferenceStore(db) };
}

describe('PreferenceStore', () => {
  it('answers the defaults on a new database', () => {
    expect(store().prefs.get()).toEqual(DEFAULT_PREFERENCES);
  });

  it('stores a patch and leaves the other preferences alone', () => {
    const { prefs } = store();
    prefs.update({ viewMode: 'zh', swapSides: true });
    expect(prefs.update({ fontSize: 22 })).toEqual({ ...DEFAULT_PREFERENCES, viewMode: 'zh', swapSides: true, fontSize: 22 });
    expect(prefs.update({ uiLanguage: null }).uiLanguage).toBeNull();
  });

  it('stores the theme, answers \'system\' until one is chosen, and reads an unknown stored theme as \'system\'', () => {
    const { db, prefs } = store();
    expect(prefs.get().theme).toBe('system');
    expect(prefs.update({ theme: 'dark' }).theme).toBe('dark');
    expect(new PreferenceStore(db).get().theme).toBe('dark');
    db.prepare("UPDATE preference SET value_json = '\"sepia\"' WHERE key = 'theme'").run();
    expect(prefs.get().theme).toBe('system');
  });

  it('stores the Chinese script, follows the system until one is chosen, and reads an unknown stored script as following the system', () => {
    const { db, prefs } = store();
    expect(prefs.get().chineseScript).toBeNull();
    expect(chineseScriptOf(prefs.get().chineseScript, 'zh-TW')).toBe('traditional');
    expect(chineseScriptOf(prefs.get().chineseScript, 'zh-CN')).toBe('simplified');
    expect(chineseScriptOf(prefs.get().chineseScript, 'en')).toBe('simplified');
    expect(prefs.update({ chineseScript: 'traditional' }).chineseScript).toBe('traditional');
    expect(chineseScriptOf(new PreferenceStore(db).get().chineseScript, 'en')).toBe('traditional');
    expect(chineseScriptOf(prefs.update({ chineseScript: 'simplified' }).chineseScript, 'zh-TW')).toBe('simplified');
    db.prepare("UPDATE preference SET value_json = '\"hant\"' WHERE key = 'chineseScript'").run();
    expect(prefs.get().chineseScript).toBeNull();
  });

  it('falls back to the default for a stored value that no longer fits', () => {
    const { db, prefs } = store();
    db.prepare("INSERT INTO preference VALUES ('fontSize', '999', 'x'), ('viewMode', '\"sideways\"', 'x'), ('swapSides', 'not json', 'x')").run();
    expect(prefs.get()).toEqual(DEFAULT_PREFERENCES);
  });
});
