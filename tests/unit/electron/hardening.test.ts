import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../../../main/electron/appProtocol';
import { isAllowedDownload, isAllowedPermission, isAllowedRequest } from '../../../main/electron/hardening';

describe('offline by design', () => {
  it('lets the page load app:// and inline data only, never the network or the disk', () => {
    for (const url of ['app://duizhao/index.html', 'data:image/png;base64,AAAA', 'devtools://devtools/bundled/x.html']) expect(isAllowedRequest(url), url).toBe(true);
    for (const url of ['https://example.org/', 'http://127.0.0.1:8080/', 'ws://localhost/', 'file:///etc/passwd', 'ftp://x/', 'garbage']) {
      expect(isAllowedRequest(url), url).toBe(false);
    }
  });

  it('grants only clipboard writing, and only to the app itself', () => {
    expect(isAllowedPermission('clipboard-sanitized-write', 'app://duizhao/index.html')).toBe(true);
    expect(isAllowedPermission('clipboard-sanitized-write', 'app://duizhao')).toBe(true);
    expect(isAllowedPermission('clipboard-sanitized-write', 'https://example.org/')).toBe(false);
    for (const permission of ['clipboard-read', 'media', 'geolocation', 'notifications', 'openExternal', 'fileSystem']) {
      expect(isAllowedPermission(permission, 'app://duizhao/index.html'), permission).toBe(false);
    }
  });

  it('downloads only the exports the app made itself', () => {
    expect(isAllowedDownload('blob:app://duizhao/0f8e1c2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b')).toBe(true);
    for (const url of ['https://example.org/file.md', 'blob:https://example.org/x', 'blob:app://elsewhere/x', 'data:text/plain,hi', 'app://duizhao/index.html']) {
      expect(isAllowedDownload(url), url).toBe(false);
    }
  });

  it('navigates only within the app', () => {
    expect(isAppUrl('app://duizhao/index.html#/doc/x')).toBe(true);
    expect(isAppUrl('app://elsewhere/index.html')).toBe(false);
    expect(isAppUrl('https://duizhao/')).toBe(false);
  });

  it('lets the File menu open the import dialog, and never lets a dropped file be navigated to', () => {
    // Import Documents… loads the library's route with the dialog open; a file dropped on the window is read by
    // the page (the File API), and were Chromium to navigate to it instead, will-navigate refuses file:.
    expect(isAppUrl('app://duizhao/index.html#/?import=1')).toBe(true);
    expect(isAppUrl('file:///home/user/release.zh.docx')).toBe(false);
  });
});
