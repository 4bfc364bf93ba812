import fs from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, ERROR_REASONS } from '../../contract/result';
import { EXPORT_FORMATS, HIGHLIGHT_COLOURS } from '../../contract/annotations';
import { ALIGNMENT_EXPORT_FORMATS, ALIGNMENT_LEVELS } from '../../contract/alignment';
import { BACKUP_REASONS, SECOND_COPY_FAILURES } from '../../contract/backups';
import { DOCUMENT_TYPES, STORAGE_FAILURES } from '../../contract/model';
import { UI_LANGUAGES } from '../../contract/languages';
import { REPO_ROOT } from '../helpers/corpus';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

const locale = (language: string) =>
  flatten(JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'locales', language, 'translation.json'), 'utf8')));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Keys without the plural suffixes i18next adds (intro_one → intro). */
const baseKey = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

describe('locales', () => {
  const en = locale('en');

  it('have the same keys in every interface language, none empty', () => {
    for (const language of UI_LANGUAGES) {
      const other = locale(language);
      expect([...other.keys()].map(baseKey).sort(), language).toEqual([...en.keys()].map(baseKey).sort());
      for (const [key, value] of other) expect(value.trim(), `${language}:${key}`).not.toBe('');
    }
  });

  it('exist for exactly the interface languages, with the same plural forms in both Chinese locales', () => {
    const folders = fs.readdirSync(path.join(REPO_ROOT, 'locales'), { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(folders.map((e) => e.name).sort()).toEqual([...UI_LANGUAGES].sort());
    // Chinese has one plural form, so zh-TW carries zh-CN's suffixed keys one for one.
    expect([...locale('zh-TW').keys()].sort()).toEqual([...locale('zh-CN').keys()].sort());
  });

  it('name every interface language in the switcher in its own script', () => {
    for (const language of UI_LANGUAGES) {
      expect(locale(language).get('app.languages.zh-TW'), language).toBe('繁體中文');
      expect(locale(language).get('app.languages.zh-CN'), language).toBe('简体中文');
      expect(locale(language).get('script.glyph.simplified'), language).toBe('简');
      expect(locale(language).get('script.glyph.traditional'), language).toBe('繁');
    }
  });

  it('leave no Simplified-only character in zh-TW', () => {
    // Character tables only (no phrase tables): any change means a Simplified character is left.
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
    // Forms Taiwan's Ministry of Education lists as standard that OpenCC's character tables still rewrite: 游標 (a
    // text cursor) keeps 游, which the tables, taking it for the 游 of 游泳, turn into 遊.
    const standardInTaiwan: Record<string, string> = { 分布: '分佈', 游標: '遊標' };
    // The switcher names each language in its own script, so zh-TW names Simplified Chinese in Simplified;
    // so does the reader's 简 / 繁 choice of the script Chinese text is shown in.
    const ownNames = new Set(['app.languages.zh-CN', 'script.glyph.simplified']);
    const leftovers = [...locale('zh-TW')].filter(([key]) => !ownNames.has(key)).flatMap(([key, value]) => {
      let expected = value;
      for (const [form, rewritten] of Object.entries(standardInTaiwan)) expected = expected.split(form).join(rewritten);
      const converted = toTraditional(value);
      return converted === expected ? [] : [`${key}: ${value} → ${converted}`];
    });
    expect(leftovers).toEqual([]);
  });

  it('keep the same {{placeholders}} in each translation of a key', () => {
    const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
    for (const language of UI_LANGUAGES) {
      for (const [key, value] of locale(language)) expect(placeholders(value), `${language}:${key}`).toEqual(placeholders(en.get(key)!));
    }
  });

  it('define every key the code asks for', () => {
    const files = [...sourceFiles(path.join(REPO_ROOT, 'renderer')), ...sourceFiles(path.join(REPO_ROOT, 'main'))];
    const keys = new Set<string>();
    for (const file of files) {
      for (const match of fs.readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([\w.-]+)'/g)) keys.add(match[1]);
    }
    // Keys built from a code or a type at run time.
    for (const code of ERROR_CODES) keys.add(`errors.${code}`);
    for (const reason of ERROR_REASONS) keys.add(`errors.reason.${reason}`);
    for (const type of DOCUMENT_TYPES) keys.add(`documentType.${type}`);
    for (const failure of STORAGE_FAILURES) keys.add(`notice.reason.${failure}`);
    for (const origin of ['published', 'reference', 'mixed']) keys.add(`library.origin_${origin}`);
    for (const language of ['any', 'zh', 'en']) keys.add(`search.languages.${language}`);
    for (const kind of ['title', 'heading', 'meta', 'paragraph']) keys.add(`search.kind.${kind}`);
    for (const notice of ['empty-query', 'only-exclusions', 'no-match-in-language']) keys.add(`search.notice.${notice}`);
    for (const colour of HIGHLIGHT_COLOURS) keys.add(`annotations.colour.${colour}`);
    for (const format of EXPORT_FORMATS) keys.add(`annotations.export.${format}`);
    for (const reason of BACKUP_REASONS) keys.add(`settings.reason.${reason}`);
    for (const failure of SECOND_COPY_FAILURES) keys.add(`settings.secondFailure.${failure}`);
    for (const level of ALIGNMENT_LEVELS) keys.add(`alignmentExport.level.${level}`).add(`alignmentExport.levelHint.${level}`).add(`alignmentFile.level.${level}`);
    for (const format of ALIGNMENT_EXPORT_FORMATS) keys.add(`alignmentExport.format.${format}`).add(`alignmentExport.formatHint.${format}`);
    for (const language of ['zh', 'en']) keys.add(`textLanguage.${language}`);
    for (const column of ['document', 'paragraph', 'segment', 'language', 'quote', 'counterpart', 'note', 'tags', 'colour', 'author', 'created', 'updated', 'status']) {
      keys.add(`export.csv.${column}`);
    }
    expect(keys.size).toBeGreaterThan(40);
    const defined = new Set([...en.keys()].map(baseKey));
    expect([...keys].filter((key) => !defined.has(key))).toEqual([]);
  });
});
