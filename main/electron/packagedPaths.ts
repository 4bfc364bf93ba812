import path from 'node:path';

/**
 * Where the app finds the files it cannot read from inside app.asar. With the
 * OnlyLoadAppFromAsar fuse the app's code is only ever app.asar; SQLite opens
 * real files only, so electron-builder.yml ships the corpus beside the archive
 * (extraResources) and unpacks better-sqlite3 (asarUnpack).
 * tests/unit/packaging/electronBuilderConfig.test.ts holds the two together.
 */
export const PACKAGED_CORPUS_FILE_NAME = 'corpus.sqlite';

export function corpusFile(isPackaged: boolean, resourcesPath: string, appRoot: string): string {
  return isPackaged ? path.join(resourcesPath, PACKAGED_CORPUS_FILE_NAME) : path.join(appRoot, 'resources', 'corpus.sqlite');
}
