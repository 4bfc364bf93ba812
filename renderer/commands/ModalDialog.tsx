import { useEffect, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  className: string;
  labelledBy: string;
  onClose(): void;
  /** false where a stray click must not throw work away (an import under way): Esc and the Close button still close. */
  closeOnBackdrop?: boolean;
  children: ReactNode;
}

/**
 * A modal dialog (the browser's own <dialog>, so the page behind is inert and
 * Tab stays inside). Keys pressed in it stay in it: the app's shortcuts do not
 * act on the page behind. Esc, or a click outside the box, closes it.
 */
export function ModalDialog({ className, labelledBy, onClose, closeOnBackdrop = true, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`modal-dialog ${className}`}
      // Explicit, so that code asking "is a dialog open?" ([role="dialog"]) sees this one.
      role="dialog"
      aria-modal="true"
      aria-labelledby={labelledBy}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        if (closeOnBackdrop && event.target === event.currentTarget) onClose();
      }}
    >
      {children}
    </dialog>
  );
}
