import { useState, type RefObject } from 'react';
import { returnFocus } from '../components/returnFocus';
import type { ReaderPanel } from './ReaderView';

/** The side panel shown; closed (Esc, or its Close button), it hands the focus back to its toggle in the toolbar. */
export function useReaderPanel(initial: ReaderPanel | null, chromeRef: RefObject<HTMLElement | null>) {
  const [panel, setPanel] = useState<ReaderPanel | null>(initial);
  const togglePanel = (which: ReaderPanel) => setPanel(panel === which ? null : which);
  const closePanel = () => {
    returnFocus(chromeRef.current?.querySelector(`[data-panel-toggle="${panel}"]`));
    setPanel(null);
  };
  return { panel, togglePanel, closePanel };
}
