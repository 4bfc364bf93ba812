import type { ElementType } from 'react';
import type { TextLanguage } from '../../contract/languages';
import { useShownText } from '../script/chineseScriptDisplay';

/** Text marked with the language it is in, so screen readers and CJK fonts get it right; Chinese in the chosen script; nothing when absent. */
export function LangText(props: { value: { text: string; language: TextLanguage } | null; as?: ElementType; className?: string; id?: string }) {
  const shownText = useShownText();
  if (!props.value) return null;
  const Tag = props.as ?? 'span';
  const shown = shownText(props.value.text, props.value.language);
  return (
    <Tag id={props.id} className={props.className} lang={shown.lang}>
      {shown.text}
    </Tag>
  );
}

/** One labelled fact of a document (issuer, number, …) in its language; nothing when absent. */
export function LangFact({ label, value }: { label: string; value: { text: string; language: TextLanguage } | null }) {
  if (!value) return null;
  return (
    <div>
      <dt>{label}</dt>
      <LangText as="dd" value={value} />
    </div>
  );
}
