import type { ElementType } from 'react';
import type { TextLanguage } from '../../contract/languages';
import { LANG_ATTRIBUTE } from '../bilingual';
import { useChineseScript } from '../script/chineseScriptDisplay';

/** Text marked with the language it is in, so screen readers and CJK fonts get it right; Chinese in the chosen script; nothing when absent. */
export function LangText(props: { value: { text: string; language: TextLanguage } | null; as?: ElementType; className?: string; id?: string }) {
  const script = useChineseScript();
  if (!props.value) return null;
  const Tag = props.as ?? 'span';
  const zh = props.value.language === 'zh';
  return (
    <Tag id={props.id} className={props.className} lang={zh ? script.lang : LANG_ATTRIBUTE[props.value.language]}>
      {zh ? script.show(props.value.text) : props.value.text}
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
