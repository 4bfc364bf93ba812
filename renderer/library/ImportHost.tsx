import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../contract/model';
import { returnFocus } from '../components/returnFocus';
import { navigate } from '../navigation';
import type { Route } from '../route';
import { ImportDialog } from './ImportDialog';
import { draftForFiles, type ImportDraft } from './importFiles';
import './import.css';

interface ImportLauncher {
  /** Opens the import dialog, with files already chosen (dropped) or none. */
  openImport(draft?: ImportDraft): void;
  /** Opens it to import a new version of an imported document. */
  reimport(doc: DocumentSummary): void;
}

const ImportLauncherContext = createContext<ImportLauncher>({ openImport: () => {}, reimport: () => {} });

export function useImportLauncher(): ImportLauncher {
  return use(ImportLauncherContext);
}

interface Session {
  /** A new dialog for each opening, so nothing of the last one is left in it. */
  key: number;
  draft: ImportDraft;
  replacing?: DocumentSummary;
  /** What had the focus when the dialog opened: it gets it back when the dialog closes. */
  opener: Element | null;
}

const NO_FILES: ImportDraft = { shape: 'pair', files: [] };

/**
 * Where imports start, whatever the screen: the library's button, a re-import,
 * the File menu (the route `#/?import=1`), and files dropped on the window,
 * with an overlay while they are dragged over it. A drop never navigates to
 * the file: the page takes every file drop, and reads the files itself.
 */
export function ImportHost({ route, children }: { route: Route; children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(null);
  const open = useCallback(
    (draft: ImportDraft, replacing?: DocumentSummary, options: { unlessOpen?: boolean } = {}) =>
      setSession((s) => (s && options.unlessOpen ? s : { key: (s?.key ?? 0) + 1, draft, opener: document.activeElement, ...(replacing ? { replacing } : {}) })),
    [],
  );
  const launcher = useMemo<ImportLauncher>(
    () => ({ openImport: (draft = NO_FILES) => open(draft), reimport: (doc) => open(reimportDraft(doc), doc) }),
    [open],
  );
  const dialogOpen = session !== null;
  const openWithFiles = useCallback((files: File[]) => open(draftForFiles(files)), [open]);
  const dragging = useFileDrop(dialogOpen, openWithFiles);

  const importing = route.name === 'library' && route.importing === true;
  useEffect(() => {
    if (!importing) return;
    // The File menu asked again while an import is under way: that import stays.
    open(NO_FILES, undefined, { unlessOpen: true });
    navigate({ name: 'library' }, { replace: true });
  }, [importing, open]);

  return (
    <ImportLauncherContext value={launcher}>
      {children}
      {dragging && <DropOverlay />}
      {session && (
        <ImportDialog
          key={session.key}
          initialDraft={session.draft}
          replacing={session.replacing}
          onClose={() => {
            setSession(null);
            // Once the dialog has left the page: while it is modal, nothing outside it can take the focus.
            const opener = session.opener;
            window.setTimeout(() => returnFocus(opener, () => document.querySelector('.library-import')));
          }}
          onCommitted={(documentId) => {
            setSession(null);
            navigate({ name: 'document', documentId, segmentKey: null });
          }}
        />
      )}
    </ImportLauncherContext>
  );
}

/** A re-import takes files of the same shape as the document's current version. */
function reimportDraft(doc: DocumentSummary): ImportDraft {
  const files = doc.imported?.files ?? [];
  const shape = files.length === 2 ? 'pair' : files[0]?.language === 'both' ? 'bilingual' : 'single';
  return { shape, files: [] };
}

const isFileDrag = (event: DragEvent) => event.dataTransfer?.types.includes('Files') === true;

/**
 * Files dragged over the window: whether they are over it now (for the
 * overlay), and what to do with them when dropped (not while a dialog is open).
 */
function useFileDrop(dialogOpen: boolean, onDrop: (files: File[]) => void): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    // enter and leave fire for every element crossed: the drag is over the window while they do not balance.
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!isFileDrag(event)) return;
      event.preventDefault();
      depth += 1;
      if (!dialogOpen) setDragging(true);
    };
    const over = (event: DragEvent) => {
      if (!isFileDrag(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = dialogOpen ? 'none' : 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!isFileDrag(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!isFileDrag(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      if (!dialogOpen && files.length > 0) onDrop(files);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [dialogOpen, onDrop]);
  return dragging;
}

function DropOverlay() {
  const { t } = useTranslation();
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-overlay-box">
        <strong>{t('library.import.dropTitle')}</strong>
        <span>{t('library.import.dropHint')}</span>
      </div>
    </div>
  );
}
