import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { API_NAMES, ipcChannel, type ApiHandlers } from '../../../contract/api';
import { DEFAULT_PREFERENCES } from '../../../contract/model';
import { APP_ENTRY_URL } from '../../../main/electron/appProtocol';
import { isTrustedSender, registerIpcHandlers } from '../../../main/electron/ipc';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

function register() {
  const registered = new Map<string, Listener>();
  const handlers = Object.fromEntries(API_NAMES.map((name) => [name, () => `${name} ran`])) as unknown as ApiHandlers;
  handlers.getPreferences = () => DEFAULT_PREFERENCES;
  registerIpcHandlers({ handle: (channel, listener) => void registered.set(channel, listener) }, handlers);
  return registered;
}

const mainFrame = { url: APP_ENTRY_URL, parent: null };
const eventFrom = (senderFrame: unknown) => ({ senderFrame }) as unknown as IpcMainInvokeEvent;

describe('IPC registration', () => {
  it('registers exactly the calls of the contract', () => {
    expect([...register().keys()].sort()).toEqual(API_NAMES.map(ipcChannel).sort());
  });

  it('answers the app’s own main frame', async () => {
    const listener = register().get(ipcChannel('getPreferences'))!;
    expect(await listener(eventFrom(mainFrame), {})).toEqual({ ok: true, value: DEFAULT_PREFERENCES });
  });

  it('refuses any other sender before running the handler', async () => {
    const listener = register().get(ipcChannel('getPreferences'))!;
    const untrusted = [
      null,
      { url: 'https://example.org/', parent: null },
      { url: 'file:///etc/passwd', parent: null },
      { url: 'app://other-host/index.html', parent: null },
      { url: APP_ENTRY_URL, parent: mainFrame }, // a sub-frame of our own page
    ];
    for (const frame of untrusted) {
      expect(await listener(eventFrom(frame), {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('validates arguments after the sender check', async () => {
    const listener = register().get(ipcChannel('getDocument'))!;
    expect(await listener(eventFrom(mainFrame), { documentId: 42 })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('trusts app:// pages of the app host only', () => {
    expect(isTrustedSender(mainFrame)).toBe(true);
    expect(isTrustedSender({ url: 'app://duizhao.evil/index.html', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'not a url', parent: null })).toBe(false);
  });
});

describe('the contract', () => {
  it('defines a schema for exactly the named calls', async () => {
    const { apiContract } = await import('../../../contract/api');
    expect(Object.keys(apiContract).sort()).toEqual([...API_NAMES].sort());
  });
});
