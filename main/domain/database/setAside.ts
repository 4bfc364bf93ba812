import fs from 'node:fs';

/**
 * Damaged or replaced files are kept beside the database under names that
 * never collide, and a move never replaces an existing file (issue 13, item 4).
 * POSIX rename and Node's rename on Windows both replace their target, so a
 * move is a hard link (which fails when the name is taken) and an unlink.
 */

/** `<stamp>` of `now` to the second, as it appears in set-aside names: 20261122T102030Z. */
export function asideStamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

/**
 * The first of `<base>`, `<base>-2`, `<base>-3` … for which no file
 * `<name><suffix>` exists, for every suffix in `suffixes` ('' for the name itself).
 */
export function unusedAsideName(base: string, suffixes: readonly string[] = ['']): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base}-${n}`;
    if (suffixes.every((suffix) => !fs.existsSync(name + suffix))) return name;
  }
}

/** Moves `from` to `to`; throws EEXIST, touching nothing, when `to` exists. */
export function moveWithoutReplacing(from: string, to: string): void {
  try {
    fs.linkSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOENT') throw error;
    // A file system without hard links (FAT on a USB stick): copy, refusing an existing target, then remove.
    copyWithoutReplacing(from, to);
  }
  fs.unlinkSync(from);
}

/** Copies `from` to `to` and makes the copy durable; throws EEXIST when `to` exists. */
export function copyWithoutReplacing(from: string, to: string): void {
  fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL);
  const fd = fs.openSync(to, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Moves `file` and those of its side files that exist (`-wal`, `-shm` …)
 * to `<base>[-n]` and `<base>[-n]<suffix>`, a name none of them has.
 * Returns the new path of `file`. Should another process take the name
 * between the choice and the move, EEXIST is thrown and nothing is replaced.
 */
export function moveAsideWithSideFiles(file: string, base: string, sideSuffixes: readonly string[]): string {
  const target = unusedAsideName(base, ['', ...sideSuffixes]);
  moveWithoutReplacing(file, target);
  for (const suffix of sideSuffixes) {
    if (fs.existsSync(file + suffix)) moveWithoutReplacing(file + suffix, target + suffix);
  }
  return target;
}
