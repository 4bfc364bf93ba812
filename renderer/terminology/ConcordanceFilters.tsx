import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_ORIGINS, type TextOrigin } from '../../contract/model';
import { CONCORDANCE_SORTS, type ConcordanceSort, type RenderingGroup } from '../../contract/terminology';
import { LangText } from '../components/LangText';
import type { DocumentTitles } from './documentTitles';
import { renderingKey, type ConcordanceScope } from './useConcordance';

/** The order of the lines, and the documents, dates and provenance the occurrences are taken from. */
export function ConcordanceFilters(props: {
  scope: ConcordanceScope;
  sort: ConcordanceSort;
  titles: DocumentTitles;
  onScope(patch: Partial<ConcordanceScope>): void;
  onSort(sort: ConcordanceSort): void;
}) {
  const { scope, titles } = props;
  const { t } = useTranslation();
  const id = useId();
  const chosen = scope.documentIds ?? [];
  const toggle = (documentId: string) =>
    props.onScope({ documentIds: chosen.includes(documentId) ? chosen.filter((d) => d !== documentId) : [...chosen, documentId] });
  return (
    <div className="concordance-filters">
      <label>
        {t('terms.concordance.sortLabel')}
        <select value={props.sort} onChange={(e) => props.onSort(e.target.value as ConcordanceSort)} data-control="sort">
          {CONCORDANCE_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`terms.concordance.sort.${sort}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('terms.concordance.originLabel')}
        <select
          value={scope.origin ?? ''}
          onChange={(e) => props.onScope({ origin: (e.target.value || undefined) as TextOrigin | undefined })}
          data-control="origin"
        >
          <option value="">{t('terms.concordance.originAny')}</option>
          {TEXT_ORIGINS.map((origin) => (
            <option key={origin} value={origin}>
              {t(`terms.concordance.origin.${origin}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('terms.concordance.dateFrom')}
        <input type="date" value={scope.dateFrom ?? ''} onChange={(e) => props.onScope({ dateFrom: e.target.value || undefined })} />
      </label>
      <label>
        {t('terms.concordance.dateTo')}
        <input type="date" value={scope.dateTo ?? ''} onChange={(e) => props.onScope({ dateTo: e.target.value || undefined })} />
      </label>
      <details className="concordance-documents">
        <summary>{chosen.length ? t('terms.concordance.documentsChosen', { count: chosen.length }) : t('terms.concordance.documentsAll')}</summary>
        <fieldset>
          <legend className="visually-hidden">{t('terms.concordance.documentsLabel')}</legend>
          {titles.documents.map((doc) => (
            <label key={doc.id} htmlFor={`${id}-${doc.id}`}>
              <input id={`${id}-${doc.id}`} type="checkbox" checked={chosen.includes(doc.id)} onChange={() => toggle(doc.id)} />
              <LangText value={titles.of(doc.id)} />
            </label>
          ))}
        </fieldset>
      </details>
    </div>
  );
}

/** Renderings shown before "Show all": a frequent word can have dozens, which would push the lines off the screen. */
const GROUPS_SHOWN = 12;

/** The renderings with their counts, as toggles: choosing one shows only its lines. */
export function RenderingGroups(props: { groups: RenderingGroup[]; chosen: string | null; onChoose(key: string | null): void }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const folded = !all && props.groups.length > GROUPS_SHOWN + 1;
  // Folded, the list keeps the most frequent ones, the one chosen and the occurrences with no rendering.
  const shown = folded
    ? props.groups.filter((group, i) => i < GROUPS_SHOWN || group.rendering === null || renderingKey(group.rendering) === props.chosen)
    : props.groups;
  return (
    <div className="rendering-groups-frame">
      <ul className="rendering-groups" aria-label={t('terms.concordance.renderingsLabel')}>
        {shown.map((group) => (
          <li key={renderingKey(group.rendering)}>
            <RenderingGroupButton group={group} pressed={props.chosen === renderingKey(group.rendering)} onChoose={props.onChoose} />
          </li>
        ))}
      </ul>
      {folded && (
        <button type="button" className="button button-quiet rendering-groups-all" onClick={() => setAll(true)}>
          {t('terms.concordance.allRenderings', { count: props.groups.length })}
        </button>
      )}
    </div>
  );
}

function RenderingGroupButton({ group, pressed, onChoose }: { group: RenderingGroup; pressed: boolean; onChoose(key: string | null): void }) {
  const { t } = useTranslation();
  const label = group.rendering?.label;
  return (
    <button
      type="button"
      className="button rendering-group"
      aria-pressed={pressed}
      data-rendering={label ?? ''}
      onClick={() => onChoose(pressed ? null : renderingKey(group.rendering))}
    >
      <span className="rendering-label" lang={label && /\p{Script=Han}/u.test(label) ? 'zh-CN' : undefined}>
        {label ?? t('terms.concordance.unrendered')}
      </span>
      <span className="rendering-count">{t('terms.concordance.groupCount', { count: group.count })}</span>
      {group.rendering && <span className="rendering-source">{t(`terms.concordance.source.${group.rendering.source}`)}</span>}
    </button>
  );
}
