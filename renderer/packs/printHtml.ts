/**
 * Prints a page the app made (a pack's print page) with the browser's print
 * dialog: from a hidden frame that runs no script (sandbox without
 * allow-scripts; allow-same-origin only so this page can call its print(),
 * allow-modals so the dialog may open). The frame goes once printing is done.
 *
 * A srcdoc frame inherits this page's Content-Security-Policy, whose
 * style-src 'self' refuses the print page's own <style>: its rules are given
 * to the frame as constructed style sheets instead, which the policy does not
 * govern, so the app's policy stays as strict as it is.
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
      const view = frame.contentWindow as (Window & typeof globalThis) | null;
      const page = frame.contentDocument;
      if (!view || !page) return;
      page.adoptedStyleSheets = [...page.querySelectorAll('style')].map((style) => {
        const sheet = new view.CSSStyleSheet();
        sheet.replaceSync(style.textContent ?? '');
        return sheet;
      });
      view.addEventListener('afterprint', () => window.setTimeout(() => frame.remove(), 0), { once: true });
      view.focus();
      view.print();
    },
    { once: true },
  );
  frame.srcdoc = html;
  document.body.append(frame);
}
