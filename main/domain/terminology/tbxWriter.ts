import type { TextLanguage } from '../../../contract/languages';
import type { Concept, Term, TermDomain } from '../../../contract/terminology';
import { xmlAttribute as attribute, xmlText as text } from '../alignment/tmxWriter';
import { formatDomain, formatMatching, formatSource, isDefaultMatching } from './termbaseFields';
import { formatStarterOrigin, STATUS_TO_TBX, TBX_DIALECT, TBX_NAMESPACE } from './tbxVocabulary';

export interface TbxWriteOptions {
  /** The termbase's title, in the header. */
  title: string;
  appVersion: string;
}

/**
 * Writes concepts as a TBX v3 document (ISO 30042:2019, DCA style) of the
 * TBX-Basic dialect, UTF-8 and indented; text is written exactly (nothing is
 * indented inside an element that holds text). Each model field goes to the
 * TBX-Basic data category that means it:
 *  - domain: `descrip type="subjectField"` (its English name); the domains'
 *    ids and both names are listed in the header as `duizhao-domain` records;
 *  - concept note, term note: `note`;
 *  - createdAt, changedAt/changedBy: `transacGrp` origination and
 *    modification, with `transacNote type="responsibility"`;
 *  - termType, status: `termNote type="termType"` and `"administrativeStatus"`;
 *  - sources: one `admin type="source"` each, in the notation of termbaseFields.ts;
 *  - a term's date: a `transacGrp` origination on the term (TBX-Basic has no other date);
 *  - matching options other than the defaults, and a starter concept's origin:
 *    a `note` in Duizhao's notation (TBX-Basic has no category for them, and a
 *    dialect may not invent one).
 * The output is valid by tests/fixtures/schemas/tbx-basic-v3.rng.
 */
export function writeTbx(termbase: { concepts: readonly Concept[]; domains: readonly TermDomain[] }, options: TbxWriteOptions): string {
  const domainNames = new Map(termbase.domains.map((d) => [d.id, d.en]));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<tbx type="${TBX_DIALECT}" style="dca" xml:lang="en" xmlns="${TBX_NAMESPACE}">`,
    '  <tbxHeader>',
    '    <fileDesc>',
    '      <titleStmt>',
    `        <title>${text(options.title)}</title>`,
    '      </titleStmt>',
    '      <sourceDesc>',
    `        <p>${text(`Exported by Duizhao ${options.appVersion}`)}</p>`,
    '      </sourceDesc>',
    ...(termbase.domains.length > 0 ? ['      <sourceDesc>', ...termbase.domains.map((d) => `        <p>${text(formatDomain(d))}</p>`), '      </sourceDesc>'] : []),
    '    </fileDesc>',
    '  </tbxHeader>',
    '  <text>',
    '    <body>',
    ...termbase.concepts.flatMap((concept) => conceptEntry(concept, domainNames)),
    '    </body>',
    '  </text>',
    '</tbx>',
    '',
  ];
  return lines.join('\n');
}

function conceptEntry(concept: Concept, domainNames: ReadonlyMap<string, string>): string[] {
  if (concept.terms.length === 0) throw new Error(`Concept ${concept.id} has no term; TBX needs at least one language section`);
  const indent = '        ';
  return [
    `      <conceptEntry id="${attribute(concept.id)}">`,
    ...(concept.domain !== null ? [`${indent}<descrip type="subjectField">${text(domainNames.get(concept.domain) ?? concept.domain)}</descrip>`] : []),
    ...(concept.note !== '' ? [`${indent}<note>${text(concept.note)}</note>`] : []),
    ...(concept.origin === 'starter' ? [`${indent}<note>${text(formatStarterOrigin())}</note>`] : []),
    ...transaction(indent, 'origination', concept.createdAt, null),
    ...transaction(indent, 'modification', concept.changedAt, concept.changedBy),
    ...languageRuns(concept.terms).flatMap(langSec),
    '      </conceptEntry>',
  ];
}

/** Consecutive terms of one language: one language section each, so the terms keep their order. */
function languageRuns(terms: readonly Term[]): { language: TextLanguage; terms: Term[] }[] {
  const runs: { language: TextLanguage; terms: Term[] }[] = [];
  for (const term of terms) {
    const last = runs[runs.length - 1];
    if (last?.language === term.language) last.terms.push(term);
    else runs.push({ language: term.language, terms: [term] });
  }
  return runs;
}

function langSec(run: { language: TextLanguage; terms: Term[] }): string[] {
  return [`        <langSec xml:lang="${run.language}">`, ...run.terms.flatMap(termSec), '        </langSec>'];
}

function termSec(term: Term): string[] {
  const indent = '            ';
  return [
    `          <termSec id="${attribute(term.id)}">`,
    `${indent}<term>${text(term.text)}</term>`,
    `${indent}<termNote type="termType">${term.termType}</termNote>`,
    `${indent}<termNote type="administrativeStatus">${STATUS_TO_TBX[term.status]}</termNote>`,
    ...term.sources.map((source) => `${indent}<admin type="source">${text(formatSource(source))}</admin>`),
    ...(term.note !== '' ? [`${indent}<note>${text(term.note)}</note>`] : []),
    ...(isDefaultMatching(term.matching, term.language) ? [] : [`${indent}<note>${text(formatMatching(term.matching))}</note>`]),
    ...(term.date !== null ? transaction(indent, 'origination', term.date, null) : []),
    '          </termSec>',
  ];
}

function transaction(indent: string, type: 'origination' | 'modification', date: string, responsibility: string | null): string[] {
  return [
    `${indent}<transacGrp>`,
    `${indent}  <transac type="transactionType">${type}</transac>`,
    ...(responsibility !== null && responsibility !== '' ? [`${indent}  <transacNote type="responsibility">${text(responsibility)}</transacNote>`] : []),
    `${indent}  <date>${text(date)}</date>`,
    `${indent}</transacGrp>`,
  ];
}
