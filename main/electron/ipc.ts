import type { IpcMainInvokeEvent } from 'electron';
import { API_NAMES, ipcChannel, type ApiHandlers } from '../../contract/api';
import { fail } from '../../contract/result';
import { dispatchApiCall } from '../domain/dispatch';
import { isAppUrl } from './appProtocol';

/** The part of ipcMain this module uses, so the registration can be tested without Electron. */
export interface IpcRegistrar {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
}

type SenderFrame = Pick<NonNullable<IpcMainInvokeEvent['senderFrame']>, 'url' | 'parent'>;

/** Only the app's own page, in its main frame, may call the API (cf. VS Code's validatedIpcMain). */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}

/** Registers one handler per call of the contract, and nothing else. */
export function registerIpcHandlers(ipc: IpcRegistrar, handlers: ApiHandlers): void {
  for (const name of API_NAMES) {
    ipc.handle(ipcChannel(name), (event, args) => {
      if (!isTrustedSender(event.senderFrame)) {
        return fail('forbidden', `${name} was called from an untrusted frame`);
      }
      return dispatchApiCall(handlers, name, args);
    });
  }
}
