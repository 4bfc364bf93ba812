import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CITATION_STYLES, citationStyleOf, type CitationStyle, type QuoteTarget } from '../../contract/briefing';
import { asUiLanguage } from '../../contract/languages';
import { useApi } from '../api/ApiContext';
import { ChoiceSection } from '../settings/ChoiceSection';

const CHOICES = ['auto', ...CITATION_STYLES] as const;
type Choice = (typeof CHOICES)[number];

/** The example: the first sentence of the national plan's "Basic principles", quoted in the style's language. */
const EXAMPLE: Record<CitationStyle, QuoteTarget> = {
  'zh-gbt': { segmentId: 'national-health-plan-14th-fyp-2022:p0017', side: 'zh', start: 0, end: 10 },
  'en-chicago': { segmentId: 'national-health-plan-14th-fyp-2022:p0017', side: 'en', start: 0, end: 39 },
};

/** Settings: the citation style of "Copy as citation", with a citation in it to see. */
export function CitationStyleSection({ value, onChange }: { value: CitationStyle | null; onChange(style: CitationStyle | null): void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const style = citationStyleOf(value, asUiLanguage(i18n.language));
  const [example, setExample] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void api.getCitation({ target: EXAMPLE[style], style }).then((result) => {
      if (live) setExample(result.ok ? result.value.text : null);
    });
    return () => {
      live = false;
    };
  }, [api, style]);

  return (
    <ChoiceSection<Choice>
      heading={t('settings.citationHeading')}
      explain={t('settings.citationExplain')}
      label={t('settings.citationLabel')}
      name="citation-style"
      className="citation-style-choice"
      choices={CHOICES}
      value={value ?? 'auto'}
      labelOf={(choice) => t(`settings.citationStyle.${choice}`)}
      onChange={(choice) => onChange(choice === 'auto' ? null : choice)}
    >
      {example && (
        <figure className="citation-example">
          <figcaption className="muted">{t('settings.citationExample')}</figcaption>
          <pre className="citation-example-text" data-citation-example="">
            {example}
          </pre>
        </figure>
      )}
    </ChoiceSection>
  );
}
