import { randomUUID } from 'node:crypto';
import type { ApiHandlers } from '../../../contract/api';
import { citationStyleOf, type CitationStyle } from '../../../contract/briefing';
import type { Pack, PackCheck, QuoteStatus } from '../../../contract/packs';
import { localText } from '../localText';
import { exportPackFile, type PrintPdf } from './packExport';
import type { PackService } from './packService';
import type { QuoteCorpus } from './quoteCards';
import { checkQuoteCards } from './quoteChecks';

export interface PackExportDeps {
  /** The pack service of the user database as it is now (a restored backup brings a new one). */
  packs(): PackService;
  /** The library as it is now (made anew when a backup is restored). */
  corpus: () => QuoteCorpus & { readonly version: string };
  /** The citation style the user chose in Settings; null for the default of the language. */
  preferredStyle(): CitationStyle | null;
  appVersion: string;
  printPdf?: PrintPdf;
  now?: () => Date;
}

/**
 * exportPack and exportQuotes (issue #12): a pack is checked against today's
 * corpus just before it is rendered; quotes chosen in the search results are
 * made into cards, checked and exported as a one-section pack, stored nowhere.
 * Without a style asked for, the user's, else the default of the export's language.
 */
export function packExportHandlers(deps: PackExportDeps): Pick<ApiHandlers, 'exportPack' | 'exportQuotes'> {
  const now = deps.now ?? (() => new Date());
  const context = () => ({ appVersion: deps.appVersion, corpusVersion: deps.corpus().version, now: now() });
  return {
    exportPack: ({ id, format, layout, style, language, confirmChanged }) => {
      const pack = deps.packs().get(id);
      const check = deps.packs().check(id);
      return exportPackFile({
        pack,
        check,
        options: { format, layout, language, style: style ?? citationStyleOf(deps.preferredStyle(), language), confirmChanged },
        context: context(),
        printPdf: deps.printPdf,
      });
    },
    exportQuotes: ({ sources, title, format, layout, style, language }) => {
      const resolvedStyle = style ?? citationStyleOf(deps.preferredStyle(), language);
      const cards = deps.packs().quoteCards(sources);
      const at = now().toISOString();
      const pack: Pack = {
        id: randomUUID(),
        title: title ?? localText(language)('packExport.quotesTitle'),
        occasion: '',
        date: null,
        sections: [{ id: randomUUID(), title: '', items: cards }],
        createdAt: at,
        updatedAt: at,
        updatedBy: '',
      };
      const checks = checkQuoteCards(cards, deps.corpus());
      const counts = { exact: 0, moved: 0, changed: 0, gone: 0 } satisfies Record<QuoteStatus, number>;
      for (const c of checks) counts[c.status]++;
      const check: PackCheck = { packId: pack.id, checkedAt: at, corpusVersion: deps.corpus().version, checks, counts };
      return exportPackFile({ pack, check, options: { format, layout, language, style: resolvedStyle }, context: context(), printPdf: deps.printPdf });
    },
  };
}
