import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_TYPES, TEXT_ORIGINS, type DocumentType, type TextOrigin } from '../../contract/model';
import { TEXT_LANGUAGES, type TextLanguage } from '../../contract/languages';
import type { FieldProblem, MetadataField, MetadataFields } from './metadataFields';

interface MetadataFormProps {
  fields: MetadataFields;
  problems: Partial<Record<MetadataField, FieldProblem>>;
  /** The languages the document has text in: a side with none has no provenance to tell. */
  sides?: readonly TextLanguage[];
  onChange(fields: MetadataFields): void;
}

/**
 * What the user tells of a document (titles, issuer, number, dates, type,
 * source, each side's provenance): for a new import and for "Edit details".
 * Each field's problem is shown under it and named by it (aria-describedby).
 */
export function MetadataForm({ fields, problems, sides = TEXT_LANGUAGES, onChange }: MetadataFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const set = <F extends MetadataField>(field: F, value: MetadataFields[F]) => onChange({ ...fields, [field]: value });
  const text = (field: MetadataField, label: string, options: { lang?: string; type?: string; first?: boolean } = {}) => (
    <Field id={`${id}-${field}`} label={label} problem={problems[field]}>
      {(props) => (
        <input
          {...props}
          type={options.type ?? 'text'}
          lang={options.lang}
          value={fields[field]}
          onChange={(event) => set(field, event.target.value as never)}
          data-autofocus={options.first ? true : undefined}
        />
      )}
    </Field>
  );
  return (
    <fieldset className="metadata-form">
      <legend>{t('library.metadata.heading')}</legend>
      <div className="metadata-grid">
        {text('titleZh', t('library.metadata.titleZh'), { lang: 'zh-CN', first: true })}
        {text('titleEn', t('library.metadata.titleEn'), { lang: 'en' })}
        {text('issuerZh', t('library.metadata.issuerZh'), { lang: 'zh-CN' })}
        {text('issuerEn', t('library.metadata.issuerEn'), { lang: 'en' })}
        {text('numberZh', t('library.metadata.numberZh'), { lang: 'zh-CN' })}
        {text('numberEn', t('library.metadata.numberEn'), { lang: 'en' })}
        {text('issuedOn', t('library.metadata.issuedOn'), { type: 'date' })}
        {text('publishedOn', t('library.metadata.publishedOn'), { type: 'date' })}
        <Field id={`${id}-type`} label={t('library.metadata.type')} problem={problems.type}>
          {(props) => (
            <select {...props} value={fields.type} onChange={(event) => set('type', event.target.value as DocumentType)}>
              {DOCUMENT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`documentType.${type}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text('sourceUrl', t('library.metadata.sourceUrl'), { type: 'url' })}
        {sides.includes('zh') && (
          <OriginSelect id={`${id}-originZh`} label={t('library.metadata.originZh')} value={fields.originZh} onChange={(origin) => set('originZh', origin)} />
        )}
        {sides.includes('en') && (
          <OriginSelect id={`${id}-originEn`} label={t('library.metadata.originEn')} value={fields.originEn} onChange={(origin) => set('originEn', origin)} />
        )}
      </div>
    </fieldset>
  );
}

interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

function Field({ id, label, problem, children }: { id: string; label: string; problem: FieldProblem | undefined; children(props: ControlProps): React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="metadata-field" data-invalid={problem ? 'true' : undefined}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': problem !== undefined, 'aria-describedby': problem ? `${id}-problem` : undefined })}
      {problem && (
        <p id={`${id}-problem`} className="field-problem">
          {t(`library.metadata.invalid.${problem.key}`, problem.values ?? {})}
        </p>
      )}
    </div>
  );
}

function OriginSelect({ id, label, value, onChange }: { id: string; label: string; value: TextOrigin; onChange(origin: TextOrigin): void }) {
  const { t } = useTranslation();
  return (
    <div className="metadata-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as TextOrigin)}>
        {TEXT_ORIGINS.map((origin) => (
          <option key={origin} value={origin}>
            {t(`library.metadata.origin.${origin}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
