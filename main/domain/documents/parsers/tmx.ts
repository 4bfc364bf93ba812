import type { TmxFile, TmxNote, TmxProp } from '../../alignment/tmxModel';
import { readTmx, TmxReadError, TMX_MAX_CHARACTERS } from '../../alignment/tmxReader';
import type { ImportUnit, ParsedBilingual } from '../importModel';
import { refusal } from './refusal';
import { decodeText } from './textDecoding';

/**
 * Props as one record. A prop in one language (a title in Chinese and in
 * English) is keyed `type@lang`, and so is a variant's (each side's
 * x-provenance), so no two of them share a key and none is lost.
 */
function propRecord(props: readonly TmxProp[], variantLang?: string): Record<string, string> {
  return Object.fromEntries(
    props.map((prop) => {
      const lang = prop.lang ?? variantLang;
      return [lang === undefined ? prop.type : `${prop.type}@${lang}`, prop.value];
    }),
  );
}

function firstTitle(props: readonly TmxProp[]): string | null {
  const titles = props.filter((prop) => prop.type === 'x-title');
  const byLanguage = (side: string): TmxProp | undefined => titles.find((prop) => prop.lang !== undefined && sideOf(prop.lang) === side);
  return (titles.find((prop) => prop.lang === undefined) ?? byLanguage('zh') ?? byLanguage('en'))?.value ?? null;
}

const noteTexts = (...lists: readonly TmxNote[][]): string[] => lists.flat().map((note) => note.text);

/** The text language of a TMX language code: zh, zh-CN, zh-Hant-TW … and en, en-GB …; anything else is neither. */
function sideOf(lang: string): 'zh' | 'en' | null {
  const primary = lang.toLowerCase().split(/[-_]/)[0];
  return primary === 'zh' || primary === 'en' ? primary : null;
}

/**
 * A TMX file, read by the strict TMX reader (no entity is ever declared or
 * expanded), as aligned units: each `<tu>`'s Chinese and English variants,
 * its props and its variants' props, and its notes.
 */
export function parseTmx(bytes: Uint8Array): ParsedBilingual {
  const { text } = decodeText(bytes, bytes[0] === 0xff || bytes[0] === 0xfe ? undefined : 'utf-8');
  let file: TmxFile;
  try {
    file = readTmx(text, { maxCharacters: TMX_MAX_CHARACTERS });
  } catch (error) {
    if (!(error instanceof TmxReadError)) throw error;
    if (error.reason === 'forbidden-markup') throw refusal('tmx-entities', error.message);
    if (error.reason === 'too-large') throw refusal('file-too-large', error.message, { limitMb: Math.round(TMX_MAX_CHARACTERS / 1024 / 1024) });
    throw refusal('tmx-malformed', error.message);
  }
  const units: ImportUnit[] = [];
  for (const tu of file.units) {
    const zh = tu.variants.find((variant) => sideOf(variant.lang) === 'zh');
    const en = tu.variants.find((variant) => sideOf(variant.lang) === 'en');
    if (!zh && !en) continue;
    const variants = [zh, en].filter((variant) => variant !== undefined);
    const props = Object.assign(propRecord(tu.props), ...variants.map((variant) => propRecord(variant.props, variant.lang))) as Record<string, string>;
    units.push({
      // Duizhao's own TMX says which units are headings.
      kind: props['x-segment-kind'] === 'heading' || props['x-segment-kind'] === 'title' ? 'heading' : 'paragraph',
      zh: zh ? zh.text.normalize('NFC') : null,
      en: en ? en.text.normalize('NFC') : null,
      props,
      notes: noteTexts(tu.notes, ...variants.map((variant) => variant.notes)),
    });
  }
  if (units.length === 0) throw refusal('tmx-malformed', 'The TMX file holds no Chinese or English unit');
  return {
    shape: 'bilingual',
    format: 'tmx',
    title: firstTitle(file.header.props),
    props: propRecord(file.header.props),
    segmentation: file.header.attributes.segtype === 'sentence' ? 'sentence' : 'paragraph',
    units,
  };
}
