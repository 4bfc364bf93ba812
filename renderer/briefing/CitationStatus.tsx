import { useSyncExternalStore } from 'react';
import { citationStatus } from './citationStatusStore';

/** The live region that says a citation was copied, or could not be. */
export function CitationStatus() {
  const message = useSyncExternalStore(citationStatus.subscribe, citationStatus.message);
  return (
    <p className="citation-status" role="status" aria-live="polite" data-citation-status="">
      {message}
    </p>
  );
}
