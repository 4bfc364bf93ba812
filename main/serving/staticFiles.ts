import fs from 'node:fs';
import path from 'node:path';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticFile {
  file: string;
  contentType: string;
}

/**
 * Maps a URL path onto a file inside `root`, or null. The decoded path is
 * resolved and must stay inside root, so `..`, encoded slashes, absolute paths
 * and NUL bytes cannot reach anything else on disk; only known file types are
 * served. "/" is the app's index.html.
 */
export function resolveStaticFile(root: string, urlPath: string): StaticFile | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const rootResolved = path.resolve(root);
  const file = path.resolve(rootResolved, relative);
  if (file !== rootResolved && !file.startsWith(rootResolved + path.sep)) return null;
  const contentType = MIME_TYPES[path.extname(file).toLowerCase()];
  if (!contentType) return null;
  try {
    if (!fs.statSync(file).isFile()) return null;
    // A symlink inside root must not lead out of it.
    const real = fs.realpathSync(file);
    const realRoot = fs.realpathSync(rootResolved);
    if (!real.startsWith(realRoot + path.sep)) return null;
  } catch {
    return null;
  }
  return { file, contentType };
}
