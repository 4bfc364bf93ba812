import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CITATION_STYLES, type CitationStyle } from '../../contract/briefing';
import { asUiLanguage } from '../../contract/languages';
import { PACK_LAYOUTS, type Pack, type PackCheck, type PackLayout, type QuoteCheck } from '../../contract/packs';
import { useApi } from '../api/ApiContext';
import { ModalDialog } from '../commands/ModalDialog';
import { ErrorMessage } from '../components/ErrorMessage';
import { cardNumbers } from './packOrder';
import { usePackExport } from './usePackExport';

const FORMATS = ['docx', 'pdf', 'markdown'] as const;
type DialogFormat = (typeof FORMATS)[number];

/**
 * Export of a pack: format, layout and citation style. The pack is checked
 * first; changed or gone quotes are listed and the export waits for an explicit
 * "export anyway, marked as changed". Where no PDF printer is at hand (the
 * browser host) PDF takes the print path: the pack's print page in the
 * browser's print dialog.
 */
export function ExportPackDialog({ pack, defaultStyle, onClose }: { pack: Pack; defaultStyle: CitationStyle; onClose(): void }) {
  const api = useApi();
  const { t, i18n } = useTranslation();
  const id = useId();
  const [format, setFormat] = useState<DialogFormat>('docx');
  const [layout, setLayout] = useState<PackLayout>('bilingual');
  const [style, setStyle] = useState<CitationStyle>(defaultStyle);
  const [check, setCheck] = useState<PackCheck | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const exporter = usePackExport();

  useEffect(() => {
    void api.checkPack({ id: pack.id }).then((result) => (result.ok ? setCheck(result.value) : exporter.fail(result.error)));
  }, [api, pack.id]);

  const flagged = (check?.checks ?? []).filter((c) => c.status === 'changed' || c.status === 'gone');
  const blocked = !check || (flagged.length > 0 && !confirmed);
  const run = () => exporter.run({ id: pack.id, format, layout, style, language: asUiLanguage(i18n.language), ...(flagged.length ? { confirmChanged: true } : {}) });

  return (
    <ModalDialog className="export-pack-dialog" labelledBy={`${id}-title`} onClose={onClose}>
      <form className="modal-box" onSubmit={(event) => (event.preventDefault(), void run())}>
        <div className="modal-header">
          <h2 id={`${id}-title`}>{t('packs.export.title')}</h2>
          <button type="button" className="button button-quiet" onClick={onClose}>
            {t('commands.close')}
          </button>
        </div>
        <Choice legend={t('packs.export.format')} name={`${id}-format`} values={FORMATS} value={format} onChange={setFormat} label={(f) => t(`packs.export.formats.${f}`)} />
        <Choice legend={t('packs.export.layout')} name={`${id}-layout`} values={PACK_LAYOUTS} value={layout} onChange={setLayout} label={(l) => t(`packs.export.layouts.${l}`)} />
        <label htmlFor={`${id}-style`}>{t('packs.export.style')}</label>
        <select id={`${id}-style`} value={style} onChange={(event) => setStyle(event.target.value as CitationStyle)}>
          {CITATION_STYLES.map((s) => (
            <option key={s} value={s}>
              {t(`settings.citationStyle.${s}`)}
            </option>
          ))}
        </select>
        {!check && !exporter.error && <p className="export-checking">{t('packs.check.checking')}</p>}
        {flagged.length > 0 && <FlaggedQuotes pack={pack} flagged={flagged} confirmed={confirmed} onConfirm={setConfirmed} />}
        {exporter.error && <ErrorMessage error={exporter.error} />}
        {exporter.notice && (
          <p role="status" className="export-notice">
            {exporter.notice}
          </p>
        )}
        <div className="modal-actions">
          <button type="submit" className="button button-primary" disabled={blocked || exporter.working} autoFocus>
            {flagged.length ? t('packs.export.runAnyway') : t('packs.export.run')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

function Choice<T extends string>(props: { legend: string; name: string; values: readonly T[]; value: T; onChange: (value: T) => void; label: (value: T) => string }) {
  return (
    <fieldset className="export-choice">
      <legend>{props.legend}</legend>
      {props.values.map((value) => (
        <label key={value}>
          <input type="radio" name={props.name} value={value} checked={props.value === value} onChange={() => props.onChange(value)} />
          {props.label(value)}
        </label>
      ))}
    </fieldset>
  );
}

/** The changed or gone quotes, and the explicit "export anyway" the export waits for. */
function FlaggedQuotes(props: { pack: Pack; flagged: QuoteCheck[]; confirmed: boolean; onConfirm(confirmed: boolean): void }) {
  const { t } = useTranslation();
  const numbers = cardNumbers(props.pack);
  return (
    <div className="export-flagged" role="alert">
      <p>{t('packs.export.flagged', { count: props.flagged.length })}</p>
      <ul>
        {props.flagged.map((c) => (
          <li key={c.itemId}>
            {t('packs.export.flaggedItem', { card: t('packs.card.label', { number: numbers.get(c.itemId) }), status: t(`packs.check.status.${c.status}`) })}
          </li>
        ))}
      </ul>
      <label className="export-confirm">
        <input type="checkbox" checked={props.confirmed} onChange={(event) => props.onConfirm(event.target.checked)} />
        {t('packs.export.confirmChanged')}
      </label>
    </div>
  );
}
