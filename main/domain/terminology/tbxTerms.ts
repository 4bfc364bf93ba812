import { TERM_TYPES, type Term, type TermStatus, type TermType } from '../../../contract/terminology';
import type { TextLanguage } from '../../../contract/languages';
import type { XmlElement } from '../alignment/xmlSubset';
import { defaultMatchingFor } from './starterTermbase';
import { checkDate, checkDateTime, checkTermText, languageOfCode, parseMatching, parseSource, toSimplified } from './termbaseFields';
import { fault } from './termbaseFile';
import { childElements, collectInfo, invalid, TBX_ID, textOf, type TbxNames } from './tbxEntries';
import { TBX_TO_STATUS } from './tbxVocabulary';

/** Reads the language sections of every concept of a file, holding term ids unique across it. */
export class TermCollector {
  private readonly ids = new Set<string>();

  constructor(private readonly ignored: Record<string, number>) {}

  readLanguageSections(conceptId: string, sections: readonly XmlElement[], names: TbxNames): Term[] {
    const terms: Term[] = [];
    const given = sections.flatMap((s) => childElements(s, null).map((e) => e.attributes.id)).filter((id) => id !== undefined && TBX_ID.test(id));
    const freeId = () => {
      let n = terms.length + 1;
      while (given.includes(`${conceptId}.t${n}`) || this.ids.has(`${conceptId}.t${n}`)) n += 1;
      return `${conceptId}.t${n}`;
    };
    for (const section of sections) {
      const code = section.attributes['xml:lang'];
      if (code === undefined) throw invalid(section, `<${section.name}> has no xml:lang`);
      const language = languageOfCode(code);
      if (!language) throw fault('unsupported-language', { line: section.line, language: code }, `The language ${code} is neither Chinese nor English`);
      const children = childElements(section, null);
      const termElements = children.filter((c) => names.terms.includes(c.name));
      if (termElements.length === 0) throw invalid(section, `<${section.name}> holds no term`);
      const info = collectInfo(children.filter((c) => !names.terms.includes(c.name)), 'language', this.ignored);
      this.skip(`${section.name}/note`, info.notes.length);
      this.skip(`${section.name}/transacGrp`, info.transactions.length);
      for (const element of termElements) {
        const term = this.readTerm(element, freeId, language.language, language.traditional);
        // zh-CN and zh-TW sections of one concept often hold the same term: once converted, it is kept once.
        if (terms.some((t) => t.language === term.language && t.text === term.text)) this.skip('duplicate-term', 1);
        else {
          this.claim(term.id, element);
          terms.push(term);
        }
      }
    }
    return terms;
  }

  private readTerm(element: XmlElement, freeId: () => string, language: TextLanguage, traditional: 'tw' | 'hk' | null): Term {
    const children = childElements(element, null);
    // TBX v2's ntig wraps the term and its term notes in a termGrp.
    const core = element.name === 'ntig' ? children[0] : element;
    if (core?.name !== (element.name === 'ntig' ? 'termGrp' : element.name)) throw invalid(element, '<ntig> must start with <termGrp>');
    const coreChildren = core === element ? children : childElements(core, null);
    const termElement = coreChildren[0];
    if (termElement?.name !== 'term') throw invalid(element, `<${element.name}> must start with <term>`);
    const termNotes = coreChildren.slice(1).filter((c) => c.name === 'termNote' || c.name === 'termNoteGrp');
    const rest = children.slice(1).filter((c) => c.name !== 'termNote' && c.name !== 'termNoteGrp');
    if (core !== element) for (const other of coreChildren.slice(1)) if (other.name !== 'termNote' && other.name !== 'termNoteGrp') this.skip(other.name, 1);
    const where = { line: termElement.line };
    const info = collectInfo(rest, 'term', this.ignored);
    const notes = info.notes.map((text) => ({ text, matching: parseMatching(text, where) }));
    const written = textOf(termElement);
    const text = traditional ? toSimplified(written, traditional) : written;
    const note = notes.filter((n) => !n.matching).map((n) => n.text).join('\n');
    checkTermText(text, note, where);
    const dated = info.transactions.find((t) => t.type === 'origination' && t.date !== null);
    this.skip('term/transacGrp', info.transactions.length - (dated ? 1 : 0));
    const givenId = element.attributes.id;
    return {
      id: givenId !== undefined && TBX_ID.test(givenId) ? givenId : freeId(),
      language,
      text,
      ...this.readTermNotes(termNotes),
      note,
      date: dated ? checkDate(checkDateTime(dated.date!, where).slice(0, 10), where) : null,
      sources: info.sources.map((s) => parseSource(s.text, { line: s.line })),
      matching: notes.find((n) => n.matching)?.matching ?? { ...defaultMatchingFor(language) },
    };
  }

  /** termType (fullForm unless given) and administrativeStatus (admitted unless given: neither preferred nor to avoid). */
  private readTermNotes(elements: readonly XmlElement[]): { termType: TermType; status: TermStatus } {
    let termType: TermType = 'fullForm';
    let status: TermStatus = 'admitted';
    for (const element of elements) {
      const termNote = element.name === 'termNoteGrp' ? childElements(element, null)[0] : element;
      if (termNote?.name !== 'termNote') throw invalid(element, '<termNoteGrp> must start with <termNote>');
      const type = termNote.attributes.type ?? '';
      const value = textOf(termNote).trim();
      const where = { line: termNote.line, value };
      if (type === 'termType') {
        if (!(TERM_TYPES as readonly string[]).includes(value)) throw fault('unknown-term-type', where, `The term type ${value} is not one Duizhao keeps`);
        termType = value as TermType;
      } else if (type === 'administrativeStatus') {
        const known = TBX_TO_STATUS.get(value);
        if (!known) throw fault('unknown-status', where, `The status ${value} is not one of TBX-Basic's`);
        status = known;
      } else this.skip(`termNote/${type}`, 1);
    }
    return { termType, status };
  }

  private claim(id: string, element: XmlElement): void {
    if (this.ids.has(id)) throw fault('duplicate-id', { line: element.line, id }, `Two terms have the id ${id}`);
    this.ids.add(id);
  }

  private skip(what: string, count: number): void {
    if (count > 0) this.ignored[what] = (this.ignored[what] ?? 0) + count;
  }
}
