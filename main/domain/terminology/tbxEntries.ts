import type { XmlElement } from '../alignment/xmlSubset';
import { fault, type TermbaseFileFault } from './termbaseFile';

/** The element names of one TBX version: v3's conceptEntry/langSec/termSec, v2's termEntry/langSet/tig. */
export interface TbxNames {
  concept: string;
  language: string;
  terms: readonly string[];
}

/** An id TBX v3 can carry (an XML NCName, ASCII only); ids that are not are replaced on import. */
export const TBX_ID = /^[A-Za-z_][A-Za-z0-9._-]*$/;

/** TBX's auxiliary information (the core structure's "auxInfo"), allowed at every level of an entry. */
const AUXILIARY = new Set(['descrip', 'descripGrp', 'admin', 'adminGrp', 'transacGrp', 'note', 'ref', 'xref']);

export interface Transaction {
  type: string;
  date: string | null;
  responsibility: string | null;
}

/** What the model keeps of one level's auxiliary information. */
export interface EntryInfo {
  notes: string[];
  sources: { text: string; line: number }[];
  subjectFields: string[];
  transactions: Transaction[];
}

export type EntryLevel = 'concept' | 'language' | 'term';

/**
 * Sorts the auxiliary elements of one level into what the model keeps; any
 * other data category is counted in `ignored` under `element/type`.
 */
export function collectInfo(elements: readonly XmlElement[], level: EntryLevel, ignored: Record<string, number>): EntryInfo {
  const info: EntryInfo = { notes: [], sources: [], subjectFields: [], transactions: [] };
  const skip = (what: string) => {
    ignored[what] = (ignored[what] ?? 0) + 1;
  };
  for (const element of elements) {
    if (!AUXILIARY.has(element.name)) throw invalid(element, `<${element.name}> is not allowed here`);
    const type = element.attributes.type ?? '';
    if (element.name === 'note') info.notes.push(textOf(element));
    else if (element.name === 'transacGrp') info.transactions.push(readTransaction(element));
    else if (element.name === 'descrip' && type === 'subjectField' && level === 'concept') info.subjectFields.push(textOf(element).trim());
    else if (element.name === 'admin' && type === 'source' && level === 'term') info.sources.push({ text: textOf(element), line: element.line });
    else if (element.name === 'descripGrp' || element.name === 'adminGrp') {
      // A group is its first element (a definition, a context) with notes on it; a source inside attests the term.
      const [first, ...rest] = childElements(element, null);
      if (!first) throw invalid(element, `<${element.name}> is empty`);
      skip(`${first.name}/${first.attributes.type ?? ''}`);
      const nested = rest.filter((e) => e.name === 'admin' && e.attributes.type === 'source');
      if (level === 'term') info.sources.push(...nested.map((e) => ({ text: textOf(e), line: e.line })));
    } else skip(`${element.name}/${type}`);
  }
  return info;
}

function readTransaction(group: XmlElement): Transaction {
  const children = childElements(group, ['transac', 'transacNote', 'date', 'note']);
  const transac = children[0];
  if (transac?.name !== 'transac') throw invalid(group, '<transacGrp> must start with <transac>');
  const date = children.find((c) => c.name === 'date');
  const responsibility = children.find((c) => c.name === 'transacNote' && c.attributes.type === 'responsibility');
  return { type: textOf(transac).trim(), date: date ? textOf(date).trim() : null, responsibility: responsibility ? textOf(responsibility) : null };
}

/** The element children (all among `allowed`, unless null); text between them must be white space. */
export function childElements(element: XmlElement, allowed: readonly string[] | null): XmlElement[] {
  const elements: XmlElement[] = [];
  for (const child of element.children) {
    if (typeof child === 'string') {
      if (child.trim() !== '') throw invalid(element, `<${element.name}> holds text outside its elements`);
    } else if (allowed && !allowed.includes(child.name)) {
      throw invalid(child, `<${child.name}> is not allowed in <${element.name}>`);
    } else elements.push(child);
  }
  return elements;
}

/** The text of an element, with the text of inline markup (`<hi>`, `<foreign>`) in it. */
export function textOf(element: XmlElement): string {
  return element.children.map((child) => (typeof child === 'string' ? child : textOf(child))).join('');
}

export const invalid = (at: XmlElement, what: string): TermbaseFileFault =>
  fault('invalid-structure', { line: at.line, element: at.name }, `Not a valid TBX file at line ${at.line}: ${what}`);
