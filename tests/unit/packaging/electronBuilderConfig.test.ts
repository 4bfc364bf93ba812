import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DEEP_LINK_SCHEME } from '../../../contract/deepLink';
import { starterTermbaseBeside } from '../../../main/domain/backend';
import { PACKAGED_CORPUS_FILE_NAME } from '../../../main/electron/packagedPaths';
import { REPO_ROOT } from '../../helpers/corpus';
import { icnsSizes, icoSizes, pngSize } from '../../helpers/iconFormats';

// The packaging configuration cannot be exercised here (electron-builder's
// tools and Electron's binary cannot be downloaded), so it is checked as data:
// against electron-builder's own schema, for the fuses, and for its icons.

type Config = Record<string, unknown> & {
  electronFuses?: Record<string, unknown>;
  asar?: unknown;
  asarUnpack?: string[];
  disableAsarIntegrity?: boolean;
  files?: string[];
  extraResources?: { from: string; to: string }[];
  linux?: { target: string[]; icon: string };
  win?: { target: string[]; icon: string };
  mac?: { target: string[]; icon: string };
  protocols?: { name: string; schemes: string[] }[];
};

const config = parse(fs.readFileSync(path.join(REPO_ROOT, 'electron-builder.yml'), 'utf8')) as Config;
const packageJson = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { main: string; devDependencies: Record<string, string> };

/** Issue 13, item 14: every fuse that locks the packaged app down, and which way. */
const REQUIRED_FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableCookieEncryption: true,
  onlyLoadAppFromAsar: true,
  enableEmbeddedAsarIntegrityValidation: true,
  grantFileProtocolExtraPrivileges: false,
};

// strict: false because the schema uses keywords of its own (e.g. "typeof") that Ajv does not know.
const validate = new Ajv({ allErrors: true, strict: false }).compile(createRequire(__filename)('app-builder-lib/scheme.json') as object);

describe('electron-builder.yml', () => {
  it('is valid against the schema of the electron-builder installed', () => {
    const valid = validate(config);
    expect(validate.errors ?? [], 'schema errors').toEqual([]);
    expect(valid).toBe(true);
  });

  it('catches a misspelt key, so the schema check is not vacuous', () => {
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNod: false } })).toBe(false);
    expect(validate({ ...config, asarUnpak: [] })).toBe(false);
  });

  it.each(Object.entries(REQUIRED_FUSES))('sets the fuse %s to %s', (fuse, value) => {
    expect(config.electronFuses, 'electronFuses section').toBeDefined();
    expect(config.electronFuses![fuse], fuse).toBe(value);
  });

  it('packs the app into an asar that the fuses can check, with what cannot load from it outside', () => {
    // OnlyLoadAppFromAsar: without an asar the packaged app would not start at all.
    expect(config.asar).toBe(true);
    // EnableEmbeddedAsarIntegrityValidation needs the hash electron-builder embeds.
    expect(config.disableAsarIntegrity).not.toBe(true);
    // package.json's main, the preload and the renderer are inside the archive.
    for (const file of [packageJson.main, 'dist/preload/preload.js', 'dist/renderer/index.html']) {
      expect(config.files!.some((pattern) => file.startsWith(pattern.replace(/\*\*$/, ''))), file).toBe(true);
    }
    // SQLite opens only real files: its native module is unpacked, the corpus ships beside the archive
    // under the name main/electron/packagedPaths.ts opens.
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
    expect(config.extraResources).toContainEqual({ from: 'resources/corpus.sqlite', to: PACKAGED_CORPUS_FILE_NAME });
    // The starter termbase is looked for beside the corpus, packaged as in the source tree.
    const packagedCorpus = path.join('/resources', PACKAGED_CORPUS_FILE_NAME);
    const starter = path.relative('/resources', starterTermbaseBeside(packagedCorpus));
    expect(config.extraResources).toContainEqual({ from: path.join('resources', starter), to: starter });
    expect(fs.existsSync(path.join(REPO_ROOT, 'resources', starter))).toBe(true);
  });

  it('registers the duizhao:// scheme that citations link with, on every platform', () => {
    expect(config.protocols?.flatMap((p) => p.schemes)).toEqual([DEEP_LINK_SCHEME]);
  });

  it('pins the Electron whose fuses these are', () => {
    expect(packageJson.devDependencies.electron).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('icons for every target platform', () => {
  const icon = (file: string) => path.join(REPO_ROOT, file);

  it('Linux (AppImage, deb): a folder of square PNGs named by size, up to 512', () => {
    expect(config.linux!.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    const folder = icon(config.linux!.icon);
    const files = fs.readdirSync(folder).filter((f) => f.endsWith('.png'));
    const sizes = files.map((file) => {
      const [w, h] = file.replace('.png', '').split('x').map(Number);
      expect(pngSize(fs.readFileSync(path.join(folder, file))), file).toEqual({ width: w, height: h });
      return w;
    });
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 64, 128, 256, 512]));
  });

  it('Windows (NSIS): an .ico holding 16 to 256', () => {
    expect(config.win!.icon).toMatch(/\.ico$/);
    const sizes = icoSizes(fs.readFileSync(icon(config.win!.icon)));
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
  });

  it('macOS (dmg): an .icns holding 16 to 1024', () => {
    expect(config.mac!.icon).toMatch(/\.icns$/);
    const sizes = icnsSizes(fs.readFileSync(icon(config.mac!.icon)));
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 128, 256, 512, 1024]));
  });
});
