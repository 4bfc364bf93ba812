// Builds better-sqlite3 for the installed Electron into .cache/electron-native/<version>/,
// once per Electron version, so that `npm start` works right after `npm ci` while
// node_modules keeps the build for Node that `npm test` uses. Either order works,
// and neither undoes the other. The Electron main process loads this build through
// better-sqlite3's `nativeBinding` option (main/electron/nativeBinding.ts).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const sqliteVersion = require('better-sqlite3/package.json').version;
const cacheDir = path.join(root, '.cache', 'electron-native');
const target = path.join(cacheDir, electronVersion, 'better_sqlite3.node');
const stamp = `${target}.better-sqlite3-${sqliteVersion}`;

if (fs.existsSync(target) && fs.existsSync(stamp)) process.exit(0);

console.log(`Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (once per version)…`);
const work = path.join(cacheDir, 'work');
fs.rmSync(work, { recursive: true, force: true });
const moduleCopy = path.join(work, 'node_modules', 'better-sqlite3');
fs.cpSync(path.dirname(require.resolve('better-sqlite3/package.json')), moduleCopy, {
  recursive: true,
  filter: (src) => !src.includes(`${path.sep}build${path.sep}`) && !src.endsWith(`${path.sep}build`),
});
fs.writeFileSync(
  path.join(work, 'package.json'),
  JSON.stringify({ name: 'duizhao-electron-native', private: true, dependencies: { 'better-sqlite3': sqliteVersion } }),
);

const { rebuild } = await import('@electron/rebuild');
await rebuild({ buildPath: work, electronVersion, onlyModules: ['better-sqlite3'], force: true });

fs.mkdirSync(path.dirname(target), { recursive: true });
fs.copyFileSync(path.join(moduleCopy, 'build', 'Release', 'better_sqlite3.node'), target);
fs.writeFileSync(stamp, '');
fs.rmSync(work, { recursive: true, force: true });
console.log(`better-sqlite3 for Electron ${electronVersion}: ${path.relative(root, target)}`);
