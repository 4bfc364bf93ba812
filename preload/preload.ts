import { contextBridge, ipcRenderer } from 'electron';
import type { DuizhaoApi } from '../contract/api';
import { API_NAMES, ipcChannel } from '../contract/apiNames';

// Exposes the API contract as named functions, one per call, and nothing else:
// the page never gets ipcRenderer or a generic send/invoke.
const api = Object.freeze(
  Object.fromEntries(API_NAMES.map((name) => [name, (args: unknown) => ipcRenderer.invoke(ipcChannel(name), args)])),
) as DuizhaoApi;

contextBridge.exposeInMainWorld('duizhao', api);
