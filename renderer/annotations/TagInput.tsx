import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TAG_MAX_LENGTH, TAGS_MAX_COUNT } from '../../contract/annotations';

/** Tags as removable chips; Enter or a comma adds what was typed. Known tags are offered as suggestions. */
export function TagInput(props: { tags: string[]; onChange(tags: string[]): void; known: string[]; autoFocus?: boolean; inputId?: string }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const listId = useId();
  const add = (raw: string) => {
    const tag = raw.trim().replace(/^#+/, '').slice(0, TAG_MAX_LENGTH);
    if (tag && !props.tags.some((x) => x.toLocaleLowerCase() === tag.toLocaleLowerCase()) && props.tags.length < TAGS_MAX_COUNT) {
      props.onChange([...props.tags, tag]);
    }
    setDraft('');
  };
  return (
    <div className="tag-input">
      <ul className="tag-chips">
        {props.tags.map((tag) => (
          <li key={tag} className="tag-chip">
            <span>{tag}</span>
            <button type="button" aria-label={t('annotations.removeTag', { tag })} onClick={() => props.onChange(props.tags.filter((x) => x !== tag))}>
              {t('annotations.removeMark')}
            </button>
          </li>
        ))}
      </ul>
      <input
        id={props.inputId}
        type="text"
        value={draft}
        list={listId}
        maxLength={TAG_MAX_LENGTH}
        autoFocus={props.autoFocus}
        placeholder={t('annotations.tagPlaceholder')}
        onChange={(event) => {
          const value = event.target.value;
          if (/[,，]/.test(value)) value.split(/[,，]/).forEach(add);
          else setDraft(value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && draft.trim()) {
            event.preventDefault();
            add(draft);
          } else if (event.key === 'Backspace' && draft === '' && props.tags.length) {
            props.onChange(props.tags.slice(0, -1));
          }
        }}
        onBlur={() => draft.trim() && add(draft)}
      />
      <datalist id={listId}>
        {props.known.filter((tag) => !props.tags.includes(tag)).map((tag) => (
          <option key={tag} value={tag} />
        ))}
      </datalist>
    </div>
  );
}
