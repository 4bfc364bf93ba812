import { useId, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { PACK_TITLE_MAX_LENGTH } from '../../contract/packs';
import { useApi } from '../api/ApiContext';
import { ModalDialog } from '../commands/ModalDialog';
import { returnFocus } from '../components/returnFocus';
import { popoverPosition } from '../annotations/popoverPosition';
import { addSourcesToNewPack } from './AddToPackActions';
import { AddToPackMenuList } from './AddToPackMenu';
import { addToPackStore, type AddToPackStatus, type NewPackRequest } from './AddToPackStore';

/**
 * Mounted once for the whole app: the status of the last "Add to pack" (with a
 * link to the pack), the "New pack…" dialog and the menu a key opens. They
 * live here because the control that asked (a selection toolbar) may be gone.
 */
export function AddToPackHost() {
  const state = useSyncExternalStore(addToPackStore.subscribe, addToPackStore.snapshot);
  const floating = state.floating;
  return (
    <>
      <AddToPackStatusLine status={state.status} />
      {state.newPack && <NewPackDialog request={state.newPack} />}
      {floating && (
        <AddToPackMenuList
          className="add-to-pack-menu"
          style={{ ...popoverPosition(floating.rect, { width: 280, height: 240 }, 'below'), width: 280 }}
          sources={floating.sources}
          returnTo={floating.returnTo}
          onClose={(focusReturn) => {
            addToPackStore.openFloating(null);
            if (focusReturn) returnFocus(floating.returnTo);
          }}
        />
      )}
    </>
  );
}

function AddToPackStatusLine({ status }: { status: AddToPackStatus | null }) {
  const { t } = useTranslation();
  return (
    <div className="add-to-pack-status" role="status" aria-live="polite" data-status={status?.kind ?? 'none'}>
      {status?.kind === 'working' && <span>{t(status.count === 1 ? 'addToPack.workingOne' : 'addToPack.working', { count: status.count })}</span>}
      {status?.kind === 'added' && (
        <>
          <span>{t(status.count === 1 ? 'addToPack.addedOne' : 'addToPack.added', { count: status.count, title: status.title })}</span>
          <a href={`#/packs/${status.packId}`} className="add-to-pack-open">
            {t('addToPack.open')}
          </a>
        </>
      )}
      {status?.kind === 'failed' && (
        <>
          <span>
            {t(`errors.${status.code}`)} {status.added > 0 && t('addToPack.partlyAdded', { count: status.added })}
          </span>
          <button type="button" className="button button-quiet" onClick={() => addToPackStore.tell(null)}>
            {t('errors.dismiss')}
          </button>
        </>
      )}
    </div>
  );
}

/** "New pack…": a title, then the pack is made and the quotes added to it. */
function NewPackDialog({ request }: { request: NewPackRequest }) {
  const { t } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const [title, setTitle] = useState('');
  const close = () => {
    addToPackStore.askNewPack(null);
    returnFocus(request.returnTo);
  };
  return (
    <ModalDialog className="add-to-pack-dialog" labelledBy={headingId} onClose={close}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (title.trim() === '') return;
          close();
          void request.sources().then((sources) => addSourcesToNewPack(api, title.trim(), sources));
        }}
      >
        <h2 id={headingId}>{t('addToPack.newPackTitle')}</h2>
        <label className="add-to-pack-field">
          <span>{t('addToPack.titleLabel')}</span>
          <input type="text" value={title} maxLength={PACK_TITLE_MAX_LENGTH} required autoFocus onChange={(event) => setTitle(event.target.value)} />
        </label>
        <div className="add-to-pack-actions">
          <button type="button" className="button" onClick={close}>
            {t('annotations.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={title.trim() === ''}>
            {t('addToPack.create')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
