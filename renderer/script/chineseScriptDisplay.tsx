import { createContext, useCallback, useContext, useMemo } from 'react';
import type { TextLanguage } from '../../contract/languages';
import type { ChineseScript, DocumentDetail } from '../../contract/model';
import { LANG_ATTRIBUTE } from '../bilingual';
import { toTraditional, traditionalConverter } from './traditionalText';

/**
 * How Chinese document text is shown. Only the display changes: search,
 * annotations and exports work on the stored (Simplified) text, and the
 * displayed text lines up with it unit for unit (traditionalText.ts), so
 * offsets read from the page are offsets into the stored text.
 */
export interface ChineseScriptDisplay {
  script: ChineseScript;
  /** The `lang` of Chinese text as shown: picks the glyphs and fonts (styles.css). */
  lang: 'zh-CN' | 'zh-TW';
  show(text: string): string;
}

const SIMPLIFIED: ChineseScriptDisplay = { script: 'simplified', lang: 'zh-CN', show: (text) => text };

function traditional(show: (text: string) => string): ChineseScriptDisplay {
  return { script: 'traditional', lang: 'zh-TW', show };
}

/** Short texts (titles, issuers, summaries) converted one at a time, each once. */
const shortTexts = new Map<string, string>();
function showShortText(text: string): string {
  let shown = shortTexts.get(text);
  if (shown === undefined) {
    shown = toTraditional(text);
    if (shortTexts.size > 2000) shortTexts.clear();
    shortTexts.set(text, shown);
  }
  return shown;
}

export const ChineseScriptContext = createContext<ChineseScriptDisplay>(SIMPLIFIED);

export function chineseScriptDisplay(script: ChineseScript): ChineseScriptDisplay {
  return script === 'traditional' ? traditional(showShortText) : SIMPLIFIED;
}

export function useChineseScript(): ChineseScriptDisplay {
  return useContext(ChineseScriptContext);
}

/** The reader's display of a document: its Chinese texts converted once per document and script, then looked up. */
export function useDocumentScript(doc: DocumentDetail): ChineseScriptDisplay {
  const outer = useChineseScript();
  return useMemo(() => {
    if (outer.script === 'simplified') return SIMPLIFIED;
    const texts = doc.segments.flatMap((segment) => (segment.zh ? [segment.zh.text] : []));
    const convert = traditionalConverter(texts);
    const shown = new Map(texts.map((text) => [text, convert(text)]));
    return traditional((text) => shown.get(text) ?? outer.show(text));
  }, [doc, outer]);
}

/** A text of either language as shown, with its `lang`: Chinese in the chosen script, English as it is. */
export function useShownText(): (text: string, language: TextLanguage) => { text: string; lang: string } {
  const script = useChineseScript();
  return useCallback(
    (text: string, language: TextLanguage) => (language === 'zh' ? { text: script.show(text), lang: script.lang } : { text, lang: LANG_ATTRIBUTE[language] }),
    [script],
  );
}
