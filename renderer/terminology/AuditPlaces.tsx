import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { paragraphNumberOfKey, parseSegmentId } from '../../contract/segmentId';
import type { AuditPlace } from '../../contract/terminology';
import { LangText } from '../components/LangText';
import { routeHash } from '../route';
import { OriginTag } from './ConcordanceLines';
import type { DocumentTitles } from './documentTitles';

/** Places folded after the first few, so one widespread finding does not bury the rest. */
const PLACES_SHOWN = 4;

/** A place reported more than once (a form written twice in one paragraph) is shown once, with how often. */
interface PlaceGroup {
  place: AuditPlace;
  times: number;
}

function groupPlaces(places: AuditPlace[]): PlaceGroup[] {
  const groups = new Map<string, PlaceGroup>();
  for (const place of places) {
    const key = `${place.segmentId}\u0000${place.text}`;
    const group = groups.get(key);
    if (group) group.times++;
    else groups.set(key, { place, times: 1 });
  }
  return [...groups.values()];
}

/** The places of a finding, each linking to the reader at its paragraph, with the English found there. */
export function PlaceList({ places, titles }: { places: AuditPlace[]; titles: DocumentTitles }) {
  const { t } = useTranslation();
  const groups = groupPlaces(places);
  const [all, setAll] = useState(groups.length <= PLACES_SHOWN + 1);
  return (
    <>
      <ul className="audit-places">
        {(all ? groups : groups.slice(0, PLACES_SHOWN)).map(({ place, times }) => (
          <li key={`${place.segmentId}-${place.text}`} className="audit-place" data-segment-id={place.segmentId}>
            <a href={readerHref(place)} className="audit-place-link">
              <LangText value={titles.of(place.documentId)} className="audit-place-document" />
              <ParagraphLabel place={place} times={times} />
            </a>
            <q className="audit-place-text" lang="en">
              {place.text}
            </q>
            <OriginTag language="en" origin={place.origin} />
          </li>
        ))}
      </ul>
      {!all && (
        <button type="button" className="button button-quiet audit-more-places" onClick={() => setAll(true)}>
          {t('terms.audit.morePlaces', { count: groups.length - PLACES_SHOWN })}
        </button>
      )}
    </>
  );
}

/** The forms side by side, each with the paragraphs it is written so in, by document. */
export function VariantForms({ places, titles }: { places: AuditPlace[]; titles: DocumentTitles }) {
  const { t } = useTranslation();
  const forms = new Map<string, AuditPlace[]>();
  for (const place of places) forms.set(place.text, [...(forms.get(place.text) ?? []), place]);
  return (
    <div className="audit-variants">
      {[...forms].map(([form, at]) => {
        const byDocument = new Map<string, PlaceGroup[]>();
        for (const group of groupPlaces(at)) byDocument.set(group.place.documentId, [...(byDocument.get(group.place.documentId) ?? []), group]);
        return (
          <div key={form} className="audit-variant" data-form={form}>
            <p className="audit-variant-form">
              <q lang="en">{form}</q> <span className="muted">{t('terms.audit.formCount', { count: at.length })}</span>
            </p>
            <ul className="audit-places">
              {[...byDocument].map(([documentId, groups]) => (
                <li key={documentId} className="audit-variant-document">
                  <LangText value={titles.of(documentId)} className="audit-place-document" />
                  <span className="audit-variant-paragraphs">
                    {groups.map(({ place, times }) => (
                      <a key={place.segmentId} href={readerHref(place)} className="audit-place-link" data-segment-id={place.segmentId}>
                        <ParagraphLabel place={place} times={times} />
                        <span className={`origin-dot origin-${place.origin}`}>
                          <span className="visually-hidden">{t(place.origin === 'published' ? 'reader.originPublished' : 'reader.originReferenceShort')}</span>
                        </span>
                      </a>
                    ))}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}

function readerHref(place: AuditPlace): string {
  return routeHash({ name: 'document', documentId: place.documentId, segmentKey: parseSegmentId(place.segmentId)?.key ?? null });
}

function ParagraphLabel({ place, times }: { place: AuditPlace; times: number }) {
  const { t } = useTranslation();
  const key = parseSegmentId(place.segmentId)?.key ?? '';
  const number = paragraphNumberOfKey(key);
  return (
    <span className="audit-place-paragraph">
      {number !== null ? t('reader.segmentNumber', { number }) : key}
      {times > 1 && <span className="audit-times">{t('terms.audit.times', { count: times })}</span>}
    </span>
  );
}
