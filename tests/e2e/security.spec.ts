import { expect, test } from './fixtures';

test('the page runs under the strict CSP: no inline script, no remote loads, no Node', async ({ library, page }) => {
  await library.open();
  const csp = await page.evaluate(async () => (await fetch('/')).headers.get('content-security-policy'));
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");

  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (directive: string) => violations.push(directive));
  await page.evaluate(() => {
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation(d: string): void }).reportViolation(e.effectiveDirective));
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.appendChild(script);
    const img = document.createElement('img');
    img.src = 'https://example.org/tracker.png';
    document.body.appendChild(img);
  });
  await expect.poll(() => [...new Set(violations)].sort()).toEqual(['img-src', 'script-src-elem']);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
});

test('the launch token leaves the address bar once read', async ({ library, page }) => {
  await library.open();
  expect(page.url()).not.toContain('token=');
});
