import { useTranslation } from 'react-i18next';
import { HIGHLIGHT_COLOURS, type HighlightColour } from '../../contract/annotations';

/** The five highlight colours as buttons; the number keys 1–5 choose them in the toolbar. */
export function ColourSwatches({ value, onChoose, showKeys = false }: { value: HighlightColour | null; onChoose(colour: HighlightColour): void; showKeys?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="colour-swatches" role="group" aria-label={t('annotations.colourLabel')}>
      {HIGHLIGHT_COLOURS.map((colour, i) => {
        const name = t(`annotations.colour.${colour}`);
        const label = showKeys ? t('annotations.highlightIn', { colour: name, key: i + 1 }) : name;
        return (
          <button
            key={colour}
            type="button"
            className={`swatch colour-${colour}`}
            aria-pressed={value === colour}
            aria-label={label}
            title={label}
            data-colour={colour}
            onMouseDown={(event) => event.preventDefault() /* keep the text selected */}
            onClick={() => onChoose(colour)}
          />
        );
      })}
    </div>
  );
}
