import { parseXmlSubset, XmlSubsetError, type XmlElement } from '../alignment/xmlSubset';
import type { Concept, TermDomain } from '../../../contract/terminology';
import { checkConcept, checkDateTime, conceptIdFrom, domainFromSubjectField, parseDomain } from './termbaseFields';
import { decodeTermbaseBytes, fault, readAllOrNothing, TERMBASE_MAX_BYTES, type ImportContext, type ParsedTermbase, type TermbaseFileReader } from './termbaseFile';
import { childElements, collectInfo, invalid, textOf, type TbxNames } from './tbxEntries';
import { TermCollector } from './tbxTerms';
import { isConceptRecord, isStarterOrigin } from './tbxVocabulary';

/** TBX v3 (ISO 30042:2019) and TBX v2 (ISO 30042:2008, `<martif>`, which MultiTerm, memoQ and Trados still export). */
const V3: TbxNames = { concept: 'conceptEntry', language: 'langSec', terms: ['termSec'] };
const V2: TbxNames = { concept: 'termEntry', language: 'langSet', terms: ['tig', 'ntig'] };

/**
 * Reads a TBX file (v3 in the DCA style, or v2) of any TBX-Basic-like dialect
 * into concepts, treating it as hostile: size first, then the text's encoding,
 * then xmlSubset.ts (no DOCTYPE subset, so no entity can be declared, let alone
 * expanded), then each element held to the TBX core structure. All or nothing.
 * Data categories the model has no place for (definitions, part of speech, …)
 * are counted in `ignored`, not kept.
 */
export function createTbxReader(context: ImportContext): TermbaseFileReader {
  return { format: 'tbx', read: (bytes) => readAllOrNothing(() => readTbx(decodeTermbaseBytes(bytes), context)) };
}

function readTbx(source: string, context: ImportContext): ParsedTermbase {
  const root = parse(source);
  const names = root.name === 'tbx' ? V3 : root.name === 'martif' ? V2 : null;
  if (!names) throw fault('not-tbx', { root: root.name }, `The root element is <${root.name}>: this is not a TBX file`);
  if (names === V3 && root.attributes.style !== undefined && root.attributes.style !== 'dca') {
    throw fault('not-tbx', { dialect: `${root.attributes.type ?? ''} (${root.attributes.style})` }, 'Only the DCA style of TBX v3 is read');
  }
  const [header, text] = childElements(root, [names === V3 ? 'tbxHeader' : 'martifHeader', 'text']);
  if (!header || !text || header.name === 'text' || text.name !== 'text') throw invalid(root, `<${root.name}> must hold a header and then <text>`);
  const body = childElements(text, ['body', 'back']).find((e) => e.name === 'body');
  if (!body) throw invalid(text, '<text> has no <body>');
  const ignored: Record<string, number> = {};
  const domains = new DomainTable(headerDomains(header));
  const concepts: Concept[] = [];
  const ids = new Set<string>();
  const terms = new TermCollector(ignored);
  childElements(body, [names.concept]).forEach((entry, index) => {
    const concept = readConcept(entry, names, { index, domains, ignored, context, terms });
    if (ids.has(concept.id)) throw fault('duplicate-id', { line: entry.line, id: concept.id }, `Two concepts have the id ${concept.id}`);
    ids.add(concept.id);
    concepts.push(concept);
  });
  return { concepts, domains: domains.list(), ignored };
}

function parse(source: string): XmlElement {
  try {
    return parseXmlSubset(source, { maxCharacters: TERMBASE_MAX_BYTES });
  } catch (error) {
    if (!(error instanceof XmlSubsetError)) throw error;
    const code = error.reason === 'too-large' ? 'too-large' : error.reason === 'unsupported-encoding' ? 'unsupported-encoding' : error.reason === 'forbidden-markup' ? 'forbidden-markup' : 'not-well-formed';
    throw fault(code, { ...(error.position ?? {}) }, error.message);
  }
}

interface ConceptScope {
  index: number;
  domains: DomainTable;
  ignored: Record<string, number>;
  context: ImportContext;
  terms: TermCollector;
}

function readConcept(entry: XmlElement, names: TbxNames, scope: ConceptScope): Concept {
  const id = conceptIdFrom(entry.attributes.id, scope.index);
  const children = childElements(entry, null);
  const languageSections = children.filter((c) => c.name === names.language);
  const info = collectInfo(children.filter((c) => c.name !== names.language), 'concept', scope.ignored);
  if (languageSections.length === 0) throw fault('concept-without-terms', { line: entry.line, id }, `Concept ${id} has no language section`);
  const where = { line: entry.line };
  const created = info.transactions.find((t) => t.type === 'origination' && t.date !== null);
  const modified = info.transactions.filter((t) => t.type === 'modification' && t.date !== null).at(-1);
  const subjectField = info.subjectFields[0];
  const concept: Concept = {
    id,
    domain: subjectField === undefined ? null : scope.domains.idOf(subjectField),
    note: info.notes.filter((n) => !isConceptRecord(n)).join('\n'),
    terms: scope.terms.readLanguageSections(id, languageSections, names),
    origin: info.notes.some(isStarterOrigin) ? 'starter' : 'user',
    createdAt: created ? checkDateTime(created.date!, where) : scope.context.importedAt,
    changedBy: modified ? (modified.responsibility ?? '') : scope.context.importedBy,
    changedAt: modified ? checkDateTime(modified.date!, where) : scope.context.importedAt,
  };
  checkConcept(concept, where);
  return concept;
}

/** The domains the header lists (ours), then any subject field of another tool, named after it. */
class DomainTable {
  private readonly domains: TermDomain[];

  constructor(declared: TermDomain[]) {
    this.domains = [...declared];
  }

  idOf(subjectField: string): string {
    const known = this.domains.find((d) => d.en === subjectField) ?? this.domains.find((d) => d.id === subjectField);
    if (known) return known.id;
    const domain = domainFromSubjectField(subjectField, new Set(this.domains.map((d) => d.id)));
    this.domains.push(domain);
    return domain.id;
  }

  list(): TermDomain[] {
    return this.domains;
  }
}

function headerDomains(header: XmlElement): TermDomain[] {
  const domains: TermDomain[] = [];
  const visit = (element: XmlElement) => {
    for (const child of element.children) {
      if (typeof child === 'string') continue;
      if (child.name === 'p') {
        const domain = parseDomain(textOf(child), { line: child.line });
        if (domain && !domains.some((d) => d.id === domain.id)) domains.push(domain);
      } else visit(child);
    }
  };
  visit(header);
  return domains;
}
