import {
  TMX_SEGTYPES,
  type TmxFile,
  type TmxHeader,
  type TmxHeaderAttributes,
  type TmxNote,
  type TmxProp,
  type TmxSegtype,
  type TmxUnit,
  type TmxVariant,
} from './tmxModel';
import { parseXmlSubset, XmlSubsetError, type XmlElement, type XmlErrorReason, type XmlNode } from './xmlSubset';

/**
 * The file and its parsed tree are in memory together: a 45-million-character
 * file peaked at about 870 MB. A document's TMX is far smaller; the limit
 * matches the annotation import's 25 MB.
 */
export const TMX_MAX_CHARACTERS = 25 * 1024 * 1024;

export type TmxErrorReason = XmlErrorReason | 'not-tmx' | 'invalid-tmx';

export class TmxReadError extends Error {
  constructor(
    readonly reason: TmxErrorReason,
    message: string,
  ) {
    super(message);
    this.name = 'TmxReadError';
  }
}

const REQUIRED_HEADER_ATTRIBUTES = ['creationtool', 'creationtoolversion', 'segtype', 'o-tmf', 'adminlang', 'srclang', 'datatype'] as const;
const SUPPORTED_VERSIONS = /^1\.[1-4]b?$/;
const NATIVE_CODES = new Set(['bpt', 'ept', 'it', 'ph', 'ut']);

/**
 * Reads any TMX file (1.1 to 1.4b) into a TmxFile, treating it as hostile:
 * the XML is parsed by xmlSubset.ts (no entities, a size limit), then each
 * element is held to the TMX 1.4b structure, and each refusal says where and
 * why. A segment's text keeps its `<hi>` text and leaves out native codes
 * (`<bpt>`, `<ept>`, `<it>`, `<ph>`, `<ut>`), which are markup of the
 * original file format, not words (spec section 3.4).
 */
export function readTmx(xml: string, options: { maxCharacters?: number } = {}): TmxFile {
  let root: XmlElement;
  try {
    root = parseXmlSubset(xml, { maxCharacters: options.maxCharacters ?? TMX_MAX_CHARACTERS });
  } catch (error) {
    if (error instanceof XmlSubsetError) throw new TmxReadError(error.reason, error.message);
    throw error;
  }
  if (root.name !== 'tmx') throw new TmxReadError('not-tmx', `The root element is <${root.name}>, not <tmx>: this is not a TMX file`);
  const version = root.attributes.version;
  if (version === undefined || !SUPPORTED_VERSIONS.test(version)) {
    throw new TmxReadError('not-tmx', `TMX version ${version ?? '(none)'} is not one Duizhao reads (1.1 to 1.4b)`);
  }
  const [header, body] = elementChildren(root, ['header', 'body']);
  if (header?.name !== 'header' || body?.name !== 'body' || root.children.filter(isElement).length !== 2) {
    throw invalid(root, '<tmx> must hold a <header> and then a <body>');
  }
  return { version, header: readHeader(header), units: elementChildren(body, ['tu']).map(readUnit) };
}

function readHeader(header: XmlElement): TmxHeader {
  for (const name of REQUIRED_HEADER_ATTRIBUTES) {
    if (header.attributes[name] === undefined) throw invalid(header, `<header> has no ${name} attribute, which TMX requires`);
  }
  const segtype = header.attributes.segtype;
  if (!(TMX_SEGTYPES as readonly string[]).includes(segtype)) throw invalid(header, `segtype="${segtype}" is not one of ${TMX_SEGTYPES.join(', ')}`);
  const attributes = Object.fromEntries(
    [...REQUIRED_HEADER_ATTRIBUTES, 'creationdate'].filter((name) => header.attributes[name] !== undefined).map((name) => [name, header.attributes[name]]),
  ) as unknown as TmxHeaderAttributes;
  attributes.segtype = segtype as TmxSegtype;
  const children = elementChildren(header, ['note', 'prop', 'ude']);
  return { attributes, props: children.filter((c) => c.name === 'prop').map(readProp), notes: children.filter((c) => c.name === 'note').map(readNote) };
}

function readUnit(tu: XmlElement): TmxUnit {
  const children = elementChildren(tu, ['note', 'prop', 'tuv']);
  const variants = children.filter((c) => c.name === 'tuv').map(readVariant);
  if (variants.length === 0) throw invalid(tu, '<tu> has no <tuv>; a unit needs at least one');
  return {
    tuid: tu.attributes.tuid ?? null,
    srclang: tu.attributes.srclang ?? null,
    props: children.filter((c) => c.name === 'prop').map(readProp),
    notes: children.filter((c) => c.name === 'note').map(readNote),
    variants,
  };
}

function readVariant(tuv: XmlElement): TmxVariant {
  // TMX 1.1 to 1.3 named the language `lang`; 1.4 uses xml:lang.
  const lang = tuv.attributes['xml:lang'] ?? tuv.attributes.lang;
  if (lang === undefined || lang.trim() === '') throw invalid(tuv, '<tuv> has no xml:lang: the language of its text is unknown');
  const children = elementChildren(tuv, ['note', 'prop', 'seg']);
  const segs = children.filter((c) => c.name === 'seg');
  if (segs.length !== 1) throw invalid(tuv, `<tuv> must hold exactly one <seg>, not ${segs.length}`);
  return {
    lang,
    text: segmentText(segs[0]),
    props: children.filter((c) => c.name === 'prop').map(readProp),
    notes: children.filter((c) => c.name === 'note').map(readNote),
  };
}

function readProp(prop: XmlElement): TmxProp {
  const type = prop.attributes.type;
  if (type === undefined) throw invalid(prop, '<prop> has no type attribute');
  const lang = prop.attributes['xml:lang'];
  return lang === undefined ? { type, value: plainText(prop) } : { type, value: plainText(prop), lang };
}

function readNote(note: XmlElement): TmxNote {
  const lang = note.attributes['xml:lang'];
  return lang === undefined ? { text: plainText(note) } : { text: plainText(note), lang };
}

/** The text of a `<seg>` (or `<hi>`, `<sub>`): words kept, native codes left out. */
function segmentText(element: XmlElement): string {
  let text = '';
  for (const child of element.children) {
    if (typeof child === 'string') text += child;
    else if (NATIVE_CODES.has(child.name)) continue;
    else if (child.name === 'hi') text += segmentText(child);
    else throw invalid(child, `<${child.name}> is not allowed in <${element.name}>`);
  }
  return text;
}

function plainText(element: XmlElement): string {
  const inner = element.children.find(isElement);
  if (inner) throw invalid(inner, `<${element.name}> holds text only, not <${inner.name}>`);
  return element.children.join('');
}

/** The element children, all of them among `allowed`; text between them must be white space. */
function elementChildren(element: XmlElement, allowed: readonly string[]): XmlElement[] {
  const elements: XmlElement[] = [];
  for (const child of element.children) {
    if (typeof child === 'string') {
      if (child.trim() !== '') throw invalid(element, `<${element.name}> holds text outside its elements`);
    } else if (!allowed.includes(child.name)) {
      throw invalid(child, `<${child.name}> is not allowed in <${element.name}>`);
    } else elements.push(child);
  }
  return elements;
}

const isElement = (node: XmlNode): node is XmlElement => typeof node !== 'string';
const invalid = (at: XmlElement, what: string) => new TmxReadError('invalid-tmx', `Not a valid TMX file at line ${at.line}: ${what}`);
