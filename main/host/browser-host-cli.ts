import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { deepLinkHash, parseDeepLink } from '../../contract/deepLink';
import { uiLanguageFromLocale } from '../../contract/languages';
import { openBackend } from '../domain/backend';
import { startBrowserHost } from './browserHost';

/** Electron's userData folder for Duizhao on each platform, so both hosts share one user database. */
function defaultUserDataDir(): string {
  const home = os.homedir();
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Duizhao');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Duizhao');
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Duizhao');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      'user-data-dir': { type: 'string' },
      /** A duizhao:// link (a citation's): the printed address opens the reader there. */
      open: { type: 'string' },
    },
  });
  const place = values.open === undefined ? null : parseDeepLink(values.open);
  if (values.open !== undefined && !place) throw new Error(`Not a Duizhao link: ${values.open}`);
  const appRoot = path.resolve(__dirname, '..', '..');
  const backend = await openBackend({
    userDataDir: values['user-data-dir'] ?? process.env.DUIZHAO_USER_DATA_DIR ?? defaultUserDataDir(),
    corpusFile: path.join(appRoot, 'resources', 'corpus.sqlite'),
    systemLanguage: uiLanguageFromLocale(Intl.DateTimeFormat().resolvedOptions().locale),
    // The version Electron's app.getVersion() reads from the same file; exports name it.
    appVersion: (JSON.parse(fs.readFileSync(path.join(appRoot, 'package.json'), 'utf8')) as { version: string }).version,
  });
  const host = await startBrowserHost({
    handlers: backend.handlers,
    downloads: backend.downloads,
    rendererDir: path.join(appRoot, 'dist', 'renderer'),
    port: Number(values.port),
  });
  console.log(`Duizhao is serving on ${host.origin} (loopback only).`);
  const launchUrl = place ? `${host.launchUrl}&to=${deepLinkHash(place).slice(1)}` : host.launchUrl;
  console.log(`Open this address in a browser; it carries this launch's secret token:\n\n  ${launchUrl}\n`);
  const stop = () => {
    void host.close().then(() => {
      backend.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
