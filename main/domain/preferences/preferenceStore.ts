import { z } from 'zod';
import { AUTHOR_MAX_LENGTH } from '../../../contract/annotations';
import { CITATION_STYLES } from '../../../contract/briefing';
import { UI_LANGUAGES } from '../../../contract/languages';
import { CHINESE_SCRIPTS, DEFAULT_PREFERENCES, FONT_SIZE_RANGE, THEMES, VIEW_MODES, type Preferences } from '../../../contract/model';
import type { Connection } from '../database/connection';

/** How each stored value is read back; a value that no longer fits falls back to its default. */
const storedValue: { [K in keyof Preferences]: z.ZodType<Preferences[K]> } = {
  uiLanguage: z.enum(UI_LANGUAGES).nullable(),
  viewMode: z.enum(VIEW_MODES),
  swapSides: z.boolean(),
  fontSize: z.number().int().min(FONT_SIZE_RANGE.min).max(FONT_SIZE_RANGE.max),
  authorName: z.string().max(AUTHOR_MAX_LENGTH),
  theme: z.enum(THEMES),
  chineseScript: z.enum(CHINESE_SCRIPTS).nullable(),
  citationStyle: z.enum(CITATION_STYLES).nullable(),
};

export class PreferenceStore {
  constructor(private readonly db: Connection) {}

  get(): Preferences {
    const rows = this.db.prepare('SELECT key, value_json FROM preference').all() as { key: string; value_json: string }[];
    const prefs: Preferences = { ...DEFAULT_PREFERENCES };
    for (const { key, value_json } of rows) {
      if (!Object.prototype.hasOwnProperty.call(storedValue, key)) continue;
      const name = key as keyof Preferences;
      const parsed = storedValue[name].safeParse(safeJson(value_json));
      if (parsed.success) (prefs as Record<keyof Preferences, unknown>)[name] = parsed.data;
    }
    return prefs;
  }

  /** Writes the whole patch in one transaction and returns the preferences as now stored. */
  update(patch: Partial<Preferences>, now: Date = new Date()): Preferences {
    const upsert = this.db.prepare(
      `INSERT INTO preference (key, value_json, updated_at) VALUES (?, ?, ?)
       ON CONFLICT(key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at`,
    );
    this.db.transaction(() => {
      for (const [key, value] of Object.entries(patch)) {
        if (value !== undefined) upsert.run(key, JSON.stringify(value), now.toISOString());
      }
    }).immediate();
    return this.get();
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
