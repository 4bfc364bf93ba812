import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface EditableFieldProps {
  label: string;
  value: string;
  /** Saves the new value; answers whether the store took it. */
  onSave(value: string): Promise<boolean>;
  multiline?: boolean;
  type?: 'text' | 'date';
  maxLength?: number;
  required?: boolean;
  className?: string;
  /** The label is read aloud but not shown (the field's place says what it is). */
  hideLabel?: boolean;
  placeholder?: string;
}

/**
 * A value edited where it is shown: saved when the field is left or on Enter
 * (Ctrl+Enter in a text of several lines), put back on Esc. A required value
 * left empty is refused with a message in the interface language.
 */
export function EditableField({ label, value, onSave, multiline, type = 'text', maxLength, required, className, hideLabel, placeholder }: EditableFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => setDraft(value), [value]);

  const save = async () => {
    const next = type === 'date' ? draft : draft.trim() === '' ? '' : draft;
    if (next === value) return setProblem(null);
    if (required && next.trim() === '') return setProblem(t('packs.titleRequired'));
    setProblem(null);
    if (!(await onSave(next))) setDraft(value);
  };
  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Escape' && draft !== value) {
      event.preventDefault();
      event.stopPropagation();
      setDraft(value);
      setProblem(null);
    } else if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  };
  const common = {
    id,
    value: draft,
    maxLength,
    placeholder,
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setDraft(event.target.value),
    onBlur: () => void save(),
    onKeyDown,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': problem ? `${id}-problem` : undefined,
  };
  return (
    <div className={`editable-field ${className ?? ''}`} data-empty={value === '' || undefined}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {multiline ? <textarea {...common} rows={2} /> : <input type={type} {...common} />}
      {problem && (
        <p id={`${id}-problem`} className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
