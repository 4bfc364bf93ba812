import { useTranslation } from 'react-i18next';
import { paragraphNumberOfKey } from '../../contract/segmentId';
import type { TermSource } from '../../contract/terminology';
import { routeHash } from '../route';

type AuthoritySource = Extract<TermSource, { kind: 'authority' }>;

interface TermSourcesProps {
  sources: TermSource[];
  onChange: (sources: TermSource[]) => void;
  documentTitle: (documentId: string) => string;
  /** Names the term in the buttons' accessible names ("Remove source 2 of “分级诊疗”"). */
  termLabel: string;
}

/**
 * Where a term is attested: paragraphs of the library, each a link into the reader, and authorities the user names
 * (a published glossary, a ministry's list), which can be added and removed.
 */
export function TermSources({ sources, onChange, documentTitle, termLabel }: TermSourcesProps) {
  const { t } = useTranslation();
  const replace = (index: number, source: TermSource) => onChange(sources.map((s, i) => (i === index ? source : s)));
  const remove = (index: number) => onChange(sources.filter((_, i) => i !== index));
  const add = () => onChange([...sources, { kind: 'authority', name: '', reference: null, date: null }]);
  return (
    <fieldset className="term-sources">
      <legend>{t('terms.termbase.sources.legend')}</legend>
      {sources.length === 0 && <p className="muted">{t('terms.termbase.sources.none')}</p>}
      <ul>
        {sources.map((source, index) => (
          <li key={index} className="term-source" data-kind={source.kind}>
            {source.kind === 'corpus' ? <CorpusSource source={source} documentTitle={documentTitle} /> : <AuthorityFields source={source} onChange={(s) => replace(index, s)} />}
            <button
              type="button"
              className="button button-quiet button-small"
              onClick={() => remove(index)}
              aria-label={t('terms.termbase.sources.removeLabel', { number: index + 1, term: termLabel })}
            >
              {t('terms.termbase.sources.remove')}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button button-small" onClick={add}>
        {t('terms.termbase.sources.addAuthority')}
      </button>
    </fieldset>
  );
}

function CorpusSource({ source, documentTitle }: { source: Extract<TermSource, { kind: 'corpus' }>; documentTitle: (documentId: string) => string }) {
  const { t } = useTranslation();
  const number = paragraphNumberOfKey(source.segmentKey);
  const origin = t(`terms.termbase.sources.origin.${source.origin}`);
  return (
    <span className="term-source-corpus">
      <a href={routeHash({ name: 'document', documentId: source.documentId, segmentKey: source.segmentKey })}>
        {t('terms.termbase.sources.place', {
          document: documentTitle(source.documentId),
          paragraph: number === null ? source.segmentKey : t('terms.termbase.sources.paragraph', { number }),
        })}
      </a>{' '}
      <span className="muted">{source.date ? t('terms.termbase.sources.originDate', { origin, date: source.date }) : origin}</span>
    </span>
  );
}

function AuthorityFields({ source, onChange }: { source: AuthoritySource; onChange: (source: AuthoritySource) => void }) {
  const { t } = useTranslation();
  return (
    <span className="term-source-authority">
      <label>
        <span>{t('terms.termbase.sources.name')}</span>
        <input type="text" value={source.name} maxLength={200} onChange={(e) => onChange({ ...source, name: e.target.value })} />
      </label>
      <label>
        <span>{t('terms.termbase.sources.reference')}</span>
        <input type="text" value={source.reference ?? ''} maxLength={500} onChange={(e) => onChange({ ...source, reference: e.target.value || null })} />
      </label>
      <label>
        <span>{t('terms.termbase.sources.date')}</span>
        <input type="date" value={source.date ?? ''} onChange={(e) => onChange({ ...source, date: e.target.value || null })} />
      </label>
    </span>
  );
}
