import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../../contract/languages';
import { COMMAND_SECTIONS, COMMANDS } from '../../../renderer/commands/catalogue';
import { filterCommands } from '../../../renderer/commands/filterCommands';
import { CommandRegistry } from '../../../renderer/commands/registry';
import { REPO_ROOT } from '../../helpers/corpus';

// Issue "Usable by everyone": the command palette finds a command by the words of its label, in the
// interface language or in English, or by its id; Chinese labels match by substring.
const COMMANDS_ZH = [
  { id: 'settings.theme.dark', label: '主题：深色', englishLabel: 'Theme: Dark' },
  { id: 'settings.theme.light', label: '主题：浅色', englishLabel: 'Theme: Light' },
  { id: 'reader.annotationsPanel', label: '显示或隐藏本文件的批注', englishLabel: "Show or hide this document's annotations" },
  { id: 'go.annotations', label: '前往全部批注', englishLabel: 'Go to all annotations' },
  { id: 'reader.nextHit', label: '下一处匹配', englishLabel: 'Next match' },
];
const COMMANDS_EN = COMMANDS_ZH.map((c) => ({ ...c, label: c.englishLabel }));
const ids = (list: { id: string }[]) => list.map((c) => c.id);

describe('filterCommands', () => {
  it('keeps every command, in order, for an empty query', () => {
    expect(ids(filterCommands(COMMANDS_EN, '  '))).toEqual(ids(COMMANDS_EN));
  });

  it('matches the beginnings of words of the label, not the middle of a word', () => {
    expect(ids(filterCommands(COMMANDS_EN, 'dar'))).toEqual(['settings.theme.dark']);
    expect(ids(filterCommands(COMMANDS_EN, 'ark'))).toEqual([]);
  });

  it('needs every word typed, in any order, ignoring case and full width', () => {
    expect(ids(filterCommands(COMMANDS_EN, 'annot hide'))).toEqual(['reader.annotationsPanel']);
    expect(ids(filterCommands(COMMANDS_EN, 'ＴＨＥＭＥ light'))).toEqual(['settings.theme.light']);
  });

  it('puts a label that starts with the word before one that only contains it', () => {
    const list = [...COMMANDS_EN, { id: 'x.matchCase', label: 'Match case', englishLabel: 'Match case' }];
    expect(ids(filterCommands(list, 'match'))).toEqual(['x.matchCase', 'reader.nextHit']);
  });

  it('matches Chinese labels by substring, anywhere in the label', () => {
    expect(ids(filterCommands(COMMANDS_ZH, '深色'))).toEqual(['settings.theme.dark']);
    expect(ids(filterCommands(COMMANDS_ZH, '批注'))).toEqual(['reader.annotationsPanel', 'go.annotations']);
    // A label that begins with what was typed comes first.
    const list = [...COMMANDS_ZH, { id: 'x.annotate', label: '批注所选文字', englishLabel: 'Annotate' }];
    expect(ids(filterCommands(list, '批注'))).toEqual(['x.annotate', 'reader.annotationsPanel', 'go.annotations']);
  });

  it('finds a command by its English label in the Chinese interface, after those matched in Chinese', () => {
    expect(ids(filterCommands(COMMANDS_ZH, 'dark'))).toEqual(['settings.theme.dark']);
    const list = [...COMMANDS_ZH, { id: 'x.next', label: 'next 下一步', englishLabel: 'Step' }];
    expect(ids(filterCommands(list, 'next'))).toEqual(['x.next', 'reader.nextHit']);
  });

  it('finds a command by its id', () => {
    expect(ids(filterCommands(COMMANDS_ZH, 'settings.theme.l'))).toEqual(['settings.theme.light']);
    expect(ids(filterCommands(COMMANDS_ZH, 'hit'))).toEqual(['reader.nextHit']);
  });
});

const key = (init: Partial<KeyboardEvent>) => ({ key: '', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, target: null, ...init }) as KeyboardEvent;
const field = { closest: () => ({}) };

describe('CommandRegistry', () => {
  it('lists the commands that can run now, in the order of the catalogue', () => {
    const registry = new CommandRegistry();
    registry.set(1, { 'settings.theme.dark': { run: () => {} }, 'go.library': { run: () => {} }, 'go.settings': { run: () => {}, enabled: () => false } });
    expect(ids(registry.available())).toEqual(['go.library', 'settings.theme.dark']);
    registry.delete(1);
    expect(registry.available()).toEqual([]);
  });

  it('runs a command by its shortcut, also in a text field where the shortcut allows it', () => {
    const registry = new CommandRegistry();
    const ran: string[] = [];
    registry.set(1, { 'general.focusSearch': { run: () => ran.push('search') }, 'general.shortcuts': { run: () => ran.push('sheet') } });
    expect(registry.handleKey(key({ key: 'k', ctrlKey: true, target: field as unknown as EventTarget }))).toBe(true);
    expect(registry.handleKey(key({ key: '?', shiftKey: true }))).toBe(true);
    // "?" typed in a text field is a question mark.
    expect(registry.handleKey(key({ key: '?', shiftKey: true, target: field as unknown as EventTarget }))).toBe(false);
    expect(registry.handleKey(key({ key: 'k' }))).toBe(false);
    expect(ran).toEqual(['search', 'sheet']);
  });

  it('takes the key of a command that cannot run now without running it, and leaves unbound keys and keys their owner handles', () => {
    const registry = new CommandRegistry();
    let runs = 0;
    registry.set(1, { 'reader.nextHit': { run: () => runs++, enabled: () => false }, 'annotate.note': { run: () => runs++ } });
    expect(registry.handleKey(key({ key: 'F3' }))).toBe(true);
    expect(registry.handleKey(key({ key: 'f', ctrlKey: true }))).toBe(false);
    expect(registry.handleKey(key({ key: 'n' }))).toBe(false);
    expect(runs).toBe(0);
  });

  it('uses the binding mounted last when two screens bind one command', () => {
    const registry = new CommandRegistry();
    const ran: number[] = [];
    registry.set(1, { 'annotate.undoDelete': { run: () => ran.push(1) } });
    registry.set(2, { 'annotate.undoDelete': { run: () => ran.push(2) } });
    registry.available()[0].run();
    expect(ran).toEqual([2]);
  });
});

describe('the command catalogue', () => {
  const locale = (language: string) => JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'locales', language, 'translation.json'), 'utf8'));
  const lookup = (tree: Record<string, unknown>, dotted: string) => dotted.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], tree);

  it('has unique ids, and a label and section name in every interface language', () => {
    expect(new Set(ids([...COMMANDS])).size).toBe(COMMANDS.length);
    for (const language of UI_LANGUAGES) {
      const tree = locale(language);
      const keys = [...COMMANDS.flatMap((c) => [c.label, ...Object.values(c.labelParams ?? {})]), ...COMMAND_SECTIONS.map((s) => `commands.section.${s}`)];
      expect(keys.filter((k) => typeof lookup(tree, k) !== 'string'), language).toEqual([]);
    }
  });

  it('gives no two commands the same keys, but undo, which the alignment editor’s edit mode takes for its own', () => {
    const shared = new Set(['annotate.undoDelete']);
    const keys = COMMANDS.filter((c) => !shared.has(c.id)).flatMap((c) => (c.shortcuts ?? []).map((s) => JSON.stringify([s.key.toLowerCase(), !!s.ctrl, !!s.shift, !!s.alt])));
    expect(new Set(keys).size).toBe(keys.length);
    const undo = COMMANDS.filter((c) => c.shortcuts?.some((s) => s.key === 'z' && s.ctrl && !s.shift)).map((c) => c.id);
    expect(undo.sort()).toEqual(['alignment.undo', 'annotate.undoDelete']);
  });
});
