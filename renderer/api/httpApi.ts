import type { DuizhaoApi } from '../../contract/api';
import { API_NAMES, type ApiName } from '../../contract/apiNames';
import { fail, type Result } from '../../contract/result';

const TOKEN_STORAGE_KEY = 'duizhao.launchToken';
const TOKEN_HEADER = 'x-duizhao-token';

/**
 * Takes the launch token from the URL fragment the browser host printed
 * (#token=…), keeps it for this tab only and removes it from the address bar.
 * A host started with a deep link (`--open duizhao://doc/…`) adds `&to=/doc/<id>/<key>`: the page opens there.
 */
export function takeLaunchToken(location: Pick<Location, 'hash' | 'pathname' | 'search'>, history: Pick<History, 'replaceState'>, storage: Pick<Storage, 'getItem' | 'setItem'>): string | null {
  const match = /^#token=([A-Za-z0-9_-]+)(?:&to=(\/doc\/[a-z0-9][a-z0-9-]*\/[a-z][a-z0-9]*))?$/.exec(location.hash);
  if (match) {
    storage.setItem(TOKEN_STORAGE_KEY, match[1]);
    history.replaceState(null, '', `${location.pathname}${location.search}#${match[2] ?? '/'}`);
  }
  return storage.getItem(TOKEN_STORAGE_KEY);
}

/** Past this, a request's body goes as a Blob. */
const BLOB_BODY_CHARS = 1 << 20;

/**
 * A large body (an import's files in base64) goes as a Blob: fetch copies a string body on the page's thread
 * (85 ms for 10 MB, one long task), a Blob in about half that (npm run bench:import's PDF pair). Small bodies
 * stay strings, which the developer tools and the tests read back.
 */
function requestBody(args: unknown): string | Blob {
  const json = JSON.stringify(args ?? {});
  return json.length > BLOB_BODY_CHARS ? new Blob([json], { type: 'application/json' }) : json;
}

/** The API contract over loopback HTTP, for the browser host. Same calls, same results as IPC. */
export function createHttpApi(token: string | null): DuizhaoApi {
  const invoke = async (name: ApiName, args: unknown): Promise<Result<unknown>> => {
    try {
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token ?? '' },
        body: requestBody(args),
      });
      return (await response.json()) as Result<unknown>;
    } catch (error) {
      return fail('internal', `The browser host did not answer: ${String(error)}`);
    }
  };
  return Object.fromEntries(API_NAMES.map((name) => [name, (args: unknown) => invoke(name, args)])) as DuizhaoApi;
}
