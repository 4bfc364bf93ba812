import fs from 'node:fs';
import path from 'node:path';

/** Where scripts/ensure-electron-native.mjs puts better-sqlite3 built for this Electron. */
export function developmentNativeBinding(appPath: string, electronVersion: string): string {
  return path.join(appPath, '.cache', 'electron-native', electronVersion, 'better_sqlite3.node');
}

/**
 * In development node_modules holds better-sqlite3 built for Node (for the
 * tests), so Electron loads its own build from .cache. A packaged app has
 * its node_modules rebuilt for Electron by electron-builder: no override.
 */
export function resolveNativeBinding(isPackaged: boolean, appPath: string, electronVersion: string): string | undefined {
  if (isPackaged) return undefined;
  const file = developmentNativeBinding(appPath, electronVersion);
  if (!fs.existsSync(file)) {
    throw new Error(`better-sqlite3 has not been built for Electron ${electronVersion}; run "npm start", which builds it.`);
  }
  return file;
}
