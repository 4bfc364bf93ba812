import type { DuizhaoApi } from '../../contract/api';
import { createHttpApi, takeLaunchToken } from './httpApi';

declare global {
  interface Window {
    /** Set by preload/preload.ts in the Electron app. */
    duizhao?: DuizhaoApi;
  }
}

/** The contract's transport: Electron's preload bridge when present, loopback HTTP otherwise. */
export function connectApi(): DuizhaoApi {
  if (window.duizhao) return window.duizhao;
  return createHttpApi(takeLaunchToken(window.location, window.history, window.sessionStorage));
}
