import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../helpers/tempDir';

/** Electron's save dialog, answering what the test chose. */
const electron = vi.hoisted(() => {
  const state = { answer: { canceled: false, filePath: '' as string | undefined }, asked: [] as unknown[] };
  const dialog = {
    showSaveDialog: async (...args: unknown[]) => {
      state.asked.push(args.at(-1));
      return state.answer;
    },
  };
  return { state, module: { dialog } };
});
vi.mock('electron', () => electron.module);

const { exportSaver } = await import('../../../main/electron/exportDialogs');

const file = (chunks: Iterable<string>) => ({ fileName: 'duizhao-annotations-2026-12-01.md', mimeType: 'text/markdown', count: 2, chunks });

describe('annotation exports saved by main', () => {
  beforeEach(() => (electron.state.asked = []));

  it('asks where with the export’s name, writes the chunks there and answers the file’s name only', async () => {
    const target = path.join(tempDir(), 'briefing.md');
    electron.state.answer = { canceled: false, filePath: target };
    expect(await exportSaver(() => null)(file(['# Annotations\n', '\n## 一\n', 'end\n']))).toEqual({ fileName: 'briefing.md' });
    expect(electron.state.asked).toEqual([{ defaultPath: 'duizhao-annotations-2026-12-01.md' }]);
    expect(fs.readFileSync(target, 'utf8')).toBe('# Annotations\n\n## 一\nend\n');
    expect(fs.readdirSync(path.dirname(target))).toEqual(['briefing.md']);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    electron.state.answer = { canceled: true, filePath: undefined };
    expect(await exportSaver(() => null)(file(['x']))).toBeNull();
  });

  it('leaves the file already there as it was when the export fails half way', async () => {
    const target = path.join(tempDir(), 'old.md');
    fs.writeFileSync(target, 'the old file');
    electron.state.answer = { canceled: false, filePath: target };
    function* failing() {
      yield 'half';
      throw new Error('disk gone');
    }
    await expect(exportSaver(() => null)(file(failing()))).rejects.toThrow('disk gone');
    expect(fs.readFileSync(target, 'utf8')).toBe('the old file');
    expect(fs.readdirSync(path.dirname(target))).toEqual(['old.md']);
  });
});
