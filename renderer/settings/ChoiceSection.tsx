import { useId, type ReactNode } from 'react';

interface ChoiceSectionProps<T extends string> {
  heading: string;
  explain: string;
  /** The choice's name for assistive technology (the fieldset's legend). */
  label: string;
  /** The radio group's name. */
  name: string;
  /** The fieldset's class. */
  className: string;
  choices: readonly T[];
  value: T;
  labelOf(choice: T): string;
  onChange(choice: T): void;
  /** Shown below the choice (an example of what it does). */
  children?: ReactNode;
}

/** A Settings section that picks one of a few choices, as one segmented row of radio buttons. */
export function ChoiceSection<T extends string>({ heading, explain, label, name, className, choices, value, labelOf, onChange, children }: ChoiceSectionProps<T>) {
  const id = useId();
  return (
    <section className="settings-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      <p className="muted" id={`${id}-explain`}>
        {explain}
      </p>
      <fieldset className={`segmented ${className}`} aria-describedby={`${id}-explain`}>
        <legend>{label}</legend>
        {choices.map((choice) => (
          <label key={choice} className={value === choice ? 'is-selected' : undefined}>
            <input type="radio" name={name} value={choice} checked={value === choice} onChange={() => onChange(choice)} />
            {labelOf(choice)}
          </label>
        ))}
      </fieldset>
      {children}
    </section>
  );
}
