import type { TmxFile, TmxNote, TmxProp, TmxUnit, TmxVariant } from './tmxModel';

/**
 * Serialises a TmxFile as TMX 1.4b XML (UTF-8). Text is written exactly:
 * nothing is indented inside `<seg>`, `<note>` or `<prop>`, carriage returns
 * are written as character references (a parser would turn a literal one into
 * a line feed), and characters XML 1.0 cannot carry at all (C0 controls but
 * tab and line ends, lone surrogates, U+FFFE and U+FFFF) are left out.
 */
export function writeTmx(file: TmxFile): string {
  const { header } = file;
  const headerAttributes = Object.entries(header.attributes).filter((entry): entry is [string, string] => entry[1] !== undefined);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
    `<tmx version="${attribute(file.version)}">`,
    `  <header ${headerAttributes.map(([name, value]) => `${name}="${attribute(value)}"`).join(' ')}>`,
    ...header.notes.map((n) => `    ${note(n)}`),
    ...header.props.map((p) => `    ${prop(p)}`),
    '  </header>',
    '  <body>',
    ...file.units.flatMap(unit),
    '  </body>',
    '</tmx>',
    '',
  ];
  return lines.join('\n');
}

function unit(u: TmxUnit): string[] {
  if (u.variants.length === 0) throw new Error(`TMX unit ${u.tuid ?? '(no tuid)'} has no variant; TMX requires at least one`);
  const attributes = [u.tuid !== null ? ` tuid="${attribute(u.tuid)}"` : '', u.srclang !== null ? ` srclang="${attribute(u.srclang)}"` : ''].join('');
  // The DTD orders a unit's children: notes and properties, then the variants.
  return [
    `    <tu${attributes}>`,
    ...u.notes.map((n) => `      ${note(n)}`),
    ...u.props.map((p) => `      ${prop(p)}`),
    ...u.variants.flatMap(variant),
    '    </tu>',
  ];
}

function variant(v: TmxVariant): string[] {
  return [
    `      <tuv xml:lang="${attribute(v.lang)}">`,
    ...v.notes.map((n) => `        ${note(n)}`),
    ...v.props.map((p) => `        ${prop(p)}`),
    `        <seg>${text(v.text)}</seg>`,
    '      </tuv>',
  ];
}

const langAttribute = (lang: string | undefined) => (lang !== undefined ? ` xml:lang="${attribute(lang)}"` : '');
const note = (n: TmxNote) => `<note${langAttribute(n.lang)}>${text(n.text)}</note>`;
const prop = (p: TmxProp) => `<prop type="${attribute(p.type)}"${langAttribute(p.lang)}>${text(p.value)}</prop>`;

// Lone surrogates are matched with the `u` flag off, pairs first so they pass.
// eslint-disable-next-line no-control-regex -- the control characters XML forbids are what it looks for
const NOT_XML_CHARACTER = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/g;

/** Drops what XML 1.0 forbids (https://www.w3.org/TR/xml/#charsets), keeping surrogate pairs. */
export function stripNonXmlCharacters(value: string): string {
  return value.replace(NOT_XML_CHARACTER, (match) => (match.length === 2 ? match : ''));
}

/** Element content: markup characters escaped; CR as a reference so it survives line-end normalisation. */
function text(value: string): string {
  return stripNonXmlCharacters(value).replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]);
}

/** Attribute values: also quotes, and tab and line ends, which a parser would otherwise turn into spaces. */
function attribute(value: string): string {
  return stripNonXmlCharacters(value).replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c]);
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;', '\t': '&#9;', '\n': '&#10;' };

/** The escaping TMX needs is XML's: the termbase's TBX writer uses it too. */
export { text as xmlText, attribute as xmlAttribute };
