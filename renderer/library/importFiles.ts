import { IMPORT_FILE_MAX_BYTES, IMPORT_FILES_MAX, type ImportShape } from '../../contract/imports';
import type { TextLanguage } from '../../contract/languages';

/** A file the user chose or dropped, with the side they say it is (pairs and one-language documents). */
export interface ChosenFile {
  file: File;
  side: TextLanguage;
}

/** What the dialog holds before Start: the shape and its files. */
export interface ImportDraft {
  shape: ImportShape;
  files: ChosenFile[];
}

/** How many files each shape takes. */
export const FILES_PER_SHAPE: Record<ImportShape, number> = { pair: 2, bilingual: 1, single: 1 };

/**
 * The side a file's name suggests: `release.zh.docx`, `plan_cn.pdf`, `中文版.txt`
 * are Chinese, `release.en.pdf`, `notice-english.txt` English; null when the
 * name says nothing (the user then says it).
 */
export function sideFromName(name: string): TextLanguage | null {
  const stem = name.toLowerCase().replace(/\.[^.]+$/, '');
  if (/[\u4e00-\u9fff]/.test(stem) && !/英文|英语|英語/.test(stem)) return 'zh';
  if (/英文|英语|英語/.test(stem)) return 'en';
  const words = stem.split(/[^a-z]+/).filter(Boolean);
  if (words.some((w) => ['zh', 'cn', 'chs', 'cht', 'chinese', 'zhcn', 'zhtw'].includes(w))) return 'zh';
  if (words.some((w) => ['en', 'eng', 'english'].includes(w))) return 'en';
  return null;
}

/** The shape a drop of these files means: two files a pair, a .tmx a bilingual file, one other file a one-language document. */
export function shapeForFiles(names: readonly string[]): ImportShape {
  if (names.length >= 2) return 'pair';
  return /\.tmx$/i.test(names[0] ?? '') ? 'bilingual' : 'single';
}

/**
 * The draft for files chosen or dropped together: the shape they suggest,
 * each file on the side its name suggests, a pair's two files on two sides.
 */
export function draftForFiles(files: readonly File[], shape: ImportShape = shapeForFiles(files.map((f) => f.name))): ImportDraft {
  const kept = files.slice(0, Math.min(IMPORT_FILES_MAX, FILES_PER_SHAPE[shape]));
  return { shape, files: withSides(kept.map((file) => ({ file, side: sideFromName(file.name) }))) };
}

/** Gives each file a side: the one its name suggests, else the one left free (Chinese first); a pair's two files never share one. */
export function withSides(files: { file: File; side: TextLanguage | null }[]): ChosenFile[] {
  if (files.length !== 2) return files.map(({ file, side }) => ({ file, side: side ?? 'zh' }));
  const [first, second] = files;
  const firstSide: TextLanguage = first.side ?? (second.side ? otherSide(second.side) : 'zh');
  return [
    { file: first.file, side: firstSide },
    { file: second.file, side: otherSide(firstSide) },
  ];
}

export function otherSide(side: TextLanguage): TextLanguage {
  return side === 'zh' ? 'en' : 'zh';
}

/** The files over the size limit, refused in the dialog before a byte is sent. */
export function filesOverLimit(files: readonly ChosenFile[]): string[] {
  return files.filter((f) => f.file.size > IMPORT_FILE_MAX_BYTES).map((f) => f.file.name);
}

/** Whether Start can go: the shape's number of files, and a pair's two on different sides. */
export function draftIsComplete(draft: ImportDraft): boolean {
  if (draft.files.length !== FILES_PER_SHAPE[draft.shape]) return false;
  return draft.shape !== 'pair' || draft.files[0].side !== draft.files[1].side;
}
