/**
 * A TMX 1.4b file as data (https://www.gala-global.org/tmx-14b), independent
 * of Duizhao's documents: the writer serialises it, the reader parses any
 * TMX file into it, and documentTmx.ts maps a Duizhao document onto it.
 * Inline markup (level 2) is not modelled: a segment is its plain text.
 */
export interface TmxProp {
  type: string;
  value: string;
  /** xml:lang of the property, when it is in one language. */
  lang?: string;
}

export interface TmxNote {
  text: string;
  lang?: string;
}

/** The header's attributes the specification requires, and the optional creation date. */
export interface TmxHeaderAttributes {
  creationtool: string;
  creationtoolversion: string;
  segtype: TmxSegtype;
  'o-tmf': string;
  adminlang: string;
  /** A language code, or `*all*`: any variant may be taken as the source. */
  srclang: string;
  datatype: string;
  /** YYYYMMDDThhmmssZ. */
  creationdate?: string;
}

export const TMX_SEGTYPES = ['block', 'paragraph', 'sentence', 'phrase'] as const;
export type TmxSegtype = (typeof TMX_SEGTYPES)[number];

export interface TmxHeader {
  attributes: TmxHeaderAttributes;
  props: TmxProp[];
  notes: TmxNote[];
}

/** One language's text of a unit (`<tuv>`). */
export interface TmxVariant {
  lang: string;
  text: string;
  props: TmxProp[];
  notes: TmxNote[];
}

/** A translation unit (`<tu>`): at least one variant; a unit with one variant has text with no counterpart. */
export interface TmxUnit {
  tuid: string | null;
  /** Overrides the header's srclang for this unit; null: the header's. */
  srclang: string | null;
  props: TmxProp[];
  notes: TmxNote[];
  variants: TmxVariant[];
}

export interface TmxFile {
  /** The `version` of `<tmx>`: "1.4" for TMX 1.4b. */
  version: string;
  header: TmxHeader;
  units: TmxUnit[];
}

export const TMX_VERSION = '1.4';
/** srclang value meaning that any variant may serve as the source. */
export const TMX_ALL_LANGUAGES = '*all*';

/** TMX dates: YYYYMMDDThhmmssZ, in UTC (spec 3.2, creationdate). */
export function tmxDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

/** The value of the first property of that type (and language, when given). */
export function propValue(props: readonly TmxProp[], type: string, lang?: string): string | null {
  return props.find((p) => p.type === type && (lang === undefined || p.lang === lang))?.value ?? null;
}
