/**
 * Prints a page the app made (a pack's print page) with the browser's print
 * dialog: from a hidden frame that runs no script (sandbox without
 * allow-scripts; allow-same-origin only so this page can call its print(),
 * allow-modals so the dialog may open). The frame goes once printing is done.
 */
export function printHtml(html: string): void {
  document.querySelector('iframe.print-frame')?.remove();
  const frame = document.createElement('iframe');
  frame.className = 'print-frame';
  frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.addEventListener(
    'load',
    () => {
      const view = frame.contentWindow;
      if (!view) return;
      view.addEventListener('afterprint', () => window.setTimeout(() => frame.remove(), 0), { once: true });
      view.focus();
      view.print();
    },
    { once: true },
  );
  frame.srcdoc = html;
  document.body.append(frame);
}
