import type { App } from 'electron';
import { DEEP_LINK_SCHEME, deepLinkHash, deepLinkInArgv, parseDeepLink, type DeepLink } from '../../contract/deepLink';

/**
 * duizhao:// links (issue #12): the app is their handler, and a link opens the
 * reader at the place it names, in the window there is. Links are parsed by
 * contract/deepLink.ts, which refuses anything but a document place: the
 * window is only ever sent to an app:// route, never to the link itself.
 */
export function handleDeepLinks(app: App, open: (hash: string) => void): { pendingHash(): string } {
  let pending: DeepLink | null = deepLinkInArgv(process.argv);
  let ready = false;
  const go = (link: DeepLink | null) => {
    if (!link) return;
    if (ready) open(deepLinkHash(link));
    else pending = link;
  };
  // The packaged app is registered by its installer (electron-builder.yml, protocols); this covers a portable copy.
  if (app.isPackaged) app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME); // eng-disable PROTOCOL_HANDLER_JS_CHECK because every link is parsed strictly by contract/deepLink.ts and only ever becomes an in-app route (tests/unit/briefing/deepLink.test.ts)
  app.on('second-instance', (_event, argv) => go(deepLinkInArgv(argv)));
  app.on('open-url', (event, url) => {
    event.preventDefault();
    go(parseDeepLink(url));
  });
  return {
    /** The route the first window opens at (the link the app was started with), and from then on links open at once. */
    pendingHash() {
      ready = true;
      const hash = pending ? deepLinkHash(pending) : '';
      pending = null;
      return hash;
    },
  };
}
