import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { API_NAMES, ipcChannel } from '../../../contract/api';
import { REPO_ROOT } from '../../helpers/corpus';

// Runs the built preload bundle as Electron's sandbox would, with a stand-in for require('electron').
function runPreload() {
  const exposed: Record<string, unknown> = {};
  const invoked: unknown[][] = [];
  const required: string[] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
    ipcRenderer: { invoke: (...args: unknown[]) => (invoked.push(args), Promise.resolve('answer')) },
  };
  const code = fs.readFileSync(path.join(REPO_ROOT, 'dist', 'preload', 'preload.js'), 'utf8');
  const module = { exports: {} };
  const require = (name: string) => {
    required.push(name);
    if (name === 'electron') return electron;
    throw new Error(`a sandboxed preload cannot require ${name}`);
  };
  vm.runInNewContext(code, { require, module, exports: module.exports, console });
  return { exposed, invoked, required };
}

describe('preload (built bundle)', () => {
  it('exposes one object of named functions, exactly the contract’s calls', () => {
    const { exposed, required } = runPreload();
    expect(Object.keys(exposed)).toEqual(['duizhao']);
    const api = exposed.duizhao as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...API_NAMES].sort());
    expect(Object.values(api).every((f) => typeof f === 'function')).toBe(true);
    expect(Object.isFrozen(api)).toBe(true);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });

  it('sends each call on its own channel, with its arguments only', async () => {
    const { exposed, invoked } = runPreload();
    const api = exposed.duizhao as Record<string, (args: unknown) => Promise<unknown>>;
    await api.getDocument({ documentId: 'x' });
    expect(invoked).toEqual([[ipcChannel('getDocument'), { documentId: 'x' }]]);
  });
});
