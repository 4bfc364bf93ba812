/**
 * A small, strict XML 1.0 parser for files users bring (TMX today): it
 * reads elements, attributes, text, CDATA, comments and processing
 * instructions, and refuses what such files never need and attackers use.
 *  - No entity is ever defined or expanded: a DOCTYPE may name an external
 *    DTD (never loaded) but may not carry an internal subset, so entity bombs
 *    ("billion laughs") and external entities cannot even be declared; only
 *    XML's five predefined entities and character references are read.
 *  - Input larger than `maxCharacters`, or nested deeper than `maxDepth`, is
 *    refused before any work is spent on it.
 *  - Anything not well-formed stops the parse with its line and column.
 * Namespaces are not resolved: `xml:lang` is an attribute named "xml:lang".
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  /** 1-based line of the start tag, for messages. */
  line: number;
}
export type XmlNode = XmlElement | string;

export type XmlErrorReason = 'too-large' | 'not-well-formed' | 'forbidden-markup' | 'too-deep' | 'unsupported-encoding';

export class XmlSubsetError extends Error {
  constructor(
    readonly reason: XmlErrorReason,
    message: string,
    /** Where the parse stopped, when it started: for messages a translator can act on. */
    readonly position: { line: number; column: number } | null = null,
  ) {
    super(message);
    this.name = 'XmlSubsetError';
  }
}

export interface XmlSubsetOptions {
  maxCharacters: number;
  maxDepth?: number;
}

const NAME = /[A-Za-z_:\u00C0-\uFFFD][-A-Za-z0-9._:\u00B7\u00C0-\uFFFD]*/y;
const SPACE = /[ \t\n]*/y;
// A character XML 1.0 does not allow anywhere (https://www.w3.org/TR/xml/#charsets); surrogate pairs pass.
// eslint-disable-next-line no-control-regex -- the control characters XML forbids are what it looks for
const NOT_XML_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };
const XML_DECLARATION = /^<\?xml([ \t\n][^?]*)?\?>/;

/** Parses `source` and returns its root element. */
export function parseXmlSubset(source: string, options: XmlSubsetOptions): XmlElement {
  if (source.length > options.maxCharacters) {
    throw new XmlSubsetError('too-large', `The file has ${source.length} characters; the limit is ${options.maxCharacters}`);
  }
  // Line ends are normalised first, as XML 1.0 section 2.11 says; a CR written as &#13; survives.
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const bad = NOT_XML_CHARACTER.exec(text);
  if (bad) throw new Parser(text, options).error('not-well-formed', `a character XML does not allow (U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`, bad.index);
  return new Parser(text, options).document();
}

class Parser {
  private pos = 0;
  private counted = { pos: 0, line: 1 };
  private readonly maxDepth: number;

  constructor(
    private readonly text: string,
    options: XmlSubsetOptions,
  ) {
    this.maxDepth = options.maxDepth ?? 64;
  }

  document(): XmlElement {
    this.declaration();
    let root: XmlElement | null = null;
    let sawDoctype = false;
    for (;;) {
      this.skipSpace();
      if (this.pos >= this.text.length) break;
      if (this.startsWith('<!--')) this.comment();
      else if (this.startsWith('<?')) this.processingInstruction();
      else if (this.startsWith('<!DOCTYPE')) {
        if (sawDoctype || root) throw this.error('not-well-formed', 'a DOCTYPE out of place');
        this.doctype();
        sawDoctype = true;
      } else if (this.startsWith('<') && !root) root = this.element();
      else throw this.error('not-well-formed', root ? 'content after the root element' : 'text before the root element');
    }
    if (!root) throw this.error('not-well-formed', 'no root element');
    return root;
  }

  error(reason: XmlErrorReason, what: string, at = this.pos): XmlSubsetError {
    const line = this.lineAt(at);
    const column = at - this.text.lastIndexOf('\n', at - 1);
    return new XmlSubsetError(reason, `Not valid XML at line ${line}, column ${column}: ${what}`, { line, column });
  }

  /** Lines are counted on from the last position asked about, so a whole parse counts each line once. */
  private lineAt(at: number): number {
    if (at < this.counted.pos) this.counted = { pos: 0, line: 1 };
    let { line } = this.counted;
    for (let i = this.text.indexOf('\n', this.counted.pos); i >= 0 && i < at; i = this.text.indexOf('\n', i + 1)) line += 1;
    this.counted = { pos: at, line };
    return line;
  }

  private declaration(): void {
    const match = XML_DECLARATION.exec(this.text);
    if (!match) return;
    const version = /version\s*=\s*["']([^"']*)["']/.exec(match[0])?.[1];
    if (version !== '1.0') throw this.error('not-well-formed', `XML version ${version ?? '(none)'}; only XML 1.0 is read`);
    const encoding = /encoding\s*=\s*["']([^"']*)["']/.exec(match[0])?.[1];
    // The text is already decoded; an encoding other than Unicode would have been misread.
    if (encoding !== undefined && !/^utf-?(8|16)$/i.test(encoding)) {
      throw new XmlSubsetError('unsupported-encoding', `The file declares the encoding ${encoding}; save it as UTF-8`);
    }
    this.pos = match[0].length;
  }

  private doctype(): void {
    const end = this.text.indexOf('>', this.pos);
    const declaration = end < 0 ? this.text.slice(this.pos) : this.text.slice(this.pos, end);
    if (declaration.includes('[')) {
      throw this.error('forbidden-markup', 'a DOCTYPE with an internal subset (entity or element declarations), which is refused');
    }
    if (end < 0) throw this.error('not-well-formed', 'an unterminated DOCTYPE');
    this.pos = end + 1;
  }

  private element(): XmlElement {
    const root = this.startTag();
    if (root.empty) return root.element;
    const stack: XmlElement[] = [root.element];
    while (stack.length > 0) {
      const parent = stack[stack.length - 1];
      if (this.pos >= this.text.length) throw this.error('not-well-formed', `<${parent.name}> (line ${parent.line}) is never closed`);
      if (this.startsWith('</')) {
        this.pos += 2;
        const name = this.name();
        this.skipSpace();
        this.expect('>');
        if (name !== parent.name) throw this.error('not-well-formed', `</${name}> closes <${parent.name}> (line ${parent.line})`);
        stack.pop();
      } else if (this.startsWith('<!--')) this.comment();
      else if (this.startsWith('<![CDATA[')) parent.children.push(this.cdata());
      else if (this.startsWith('<?')) this.processingInstruction();
      else if (this.startsWith('<!')) throw this.error('forbidden-markup', 'a declaration inside the document');
      else if (this.startsWith('<')) {
        const { element, empty } = this.startTag();
        parent.children.push(element);
        if (empty) continue;
        if (stack.length >= this.maxDepth) throw this.error('too-deep', `elements nested deeper than ${this.maxDepth}`);
        stack.push(element);
      } else parent.children.push(this.charData());
    }
    return root.element;
  }

  private startTag(): { element: XmlElement; empty: boolean } {
    const line = this.lineAt(this.pos);
    this.pos += 1;
    const element: XmlElement = { name: this.name(), attributes: {}, children: [], line };
    for (;;) {
      const hadSpace = this.skipSpace();
      if (this.startsWith('/>')) {
        this.pos += 2;
        return { element, empty: true };
      }
      if (this.startsWith('>')) {
        this.pos += 1;
        return { element, empty: false };
      }
      if (!hadSpace) throw this.error('not-well-formed', `expected a space, ">" or "/>" in <${element.name}>`);
      const name = this.name();
      if (Object.hasOwn(element.attributes, name)) throw this.error('not-well-formed', `the attribute ${name} twice`);
      this.skipSpace();
      this.expect('=');
      this.skipSpace();
      element.attributes[name] = this.attributeValue();
    }
  }

  private attributeValue(): string {
    const quote = this.text[this.pos];
    if (quote !== '"' && quote !== "'") throw this.error('not-well-formed', 'an attribute value without quotes');
    const end = this.text.indexOf(quote, this.pos + 1);
    if (end < 0) throw this.error('not-well-formed', 'an unterminated attribute value');
    const raw = this.text.slice(this.pos + 1, end);
    const lt = raw.indexOf('<');
    if (lt >= 0) throw this.error('not-well-formed', '"<" in an attribute value', this.pos + 1 + lt);
    // Attribute-value normalisation (XML 1.0 section 3.3.3): literal white space becomes a space, references stay.
    const value = this.references(raw.replace(/[\t\n]/g, ' '), this.pos + 1);
    this.pos = end + 1;
    return value;
  }

  private charData(): string {
    const end = this.text.indexOf('<', this.pos);
    const stop = end < 0 ? this.text.length : end;
    const raw = this.text.slice(this.pos, stop);
    const cdataEnd = raw.indexOf(']]>');
    if (cdataEnd >= 0) throw this.error('not-well-formed', '"]]>" in text', this.pos + cdataEnd);
    const value = this.references(raw, this.pos);
    this.pos = stop;
    return value;
  }

  private references(raw: string, offset: number): string {
    if (!raw.includes('&')) return raw;
    return raw.replace(/&([^;&<\s]{0,40});?/g, (match, body: string, index: number) => {
      if (!match.endsWith(';')) throw this.error('not-well-formed', 'a "&" that starts no reference (write &amp;)', offset + index);
      if (Object.hasOwn(PREDEFINED, body)) return PREDEFINED[body];
      const numeric = /^#(?:x([0-9A-Fa-f]{1,6})|([0-9]{1,7}))$/.exec(body);
      if (!numeric) throw this.error('forbidden-markup', `the entity &${body}; which is not defined (only XML's five are read)`, offset + index);
      const code = numeric[1] !== undefined ? parseInt(numeric[1], 16) : Number(numeric[2]);
      const allowed = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
      if (!allowed) throw this.error('not-well-formed', `the character reference ${match} to a character XML does not allow`, offset + index);
      return String.fromCodePoint(code);
    });
  }

  private cdata(): string {
    const end = this.text.indexOf(']]>', this.pos);
    if (end < 0) throw this.error('not-well-formed', 'an unterminated CDATA section');
    const value = this.text.slice(this.pos + '<![CDATA['.length, end);
    this.pos = end + 3;
    return value;
  }

  private comment(): void {
    const end = this.text.indexOf('-->', this.pos + 4);
    if (end < 0) throw this.error('not-well-formed', 'an unterminated comment');
    this.pos = end + 3;
  }

  private processingInstruction(): void {
    if (/^<\?xml[ \t\n?]/i.test(this.text.slice(this.pos, this.pos + 6))) throw this.error('not-well-formed', 'an XML declaration that is not at the start of the file');
    const end = this.text.indexOf('?>', this.pos + 2);
    if (end < 0) throw this.error('not-well-formed', 'an unterminated processing instruction');
    this.pos = end + 2;
  }

  private name(): string {
    NAME.lastIndex = this.pos;
    const match = NAME.exec(this.text);
    if (!match) throw this.error('not-well-formed', 'expected a name');
    this.pos += match[0].length;
    return match[0];
  }

  private skipSpace(): boolean {
    SPACE.lastIndex = this.pos;
    const length = SPACE.exec(this.text)![0].length;
    this.pos += length;
    return length > 0;
  }

  private expect(literal: string): void {
    if (!this.startsWith(literal)) throw this.error('not-well-formed', `expected "${literal}"`);
    this.pos += literal.length;
  }

  private startsWith(literal: string): boolean {
    return this.text.startsWith(literal, this.pos);
  }
}
