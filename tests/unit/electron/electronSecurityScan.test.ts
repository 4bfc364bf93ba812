import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanElectronSecurity, unexplainedSuppressions } from '../../../scripts/electronSecurityScan';
import { tempDir } from '../../helpers/tempDir';

// The gate itself is `npm run check:electron` over the real sources; these pin that it fails when it should.

const WINDOW = (suffix: string) => `import { BrowserWindow } from 'electron';
export const w = new BrowserWindow({ webPreferences: { contextIsolation: true, disableBlinkFeatures: 'Auxclick',
  nodeIntegration: true, ${suffix}
} });
`;

async function scanOne(source: string) {
  const root = tempDir();
  fs.mkdirSync(path.join(root, 'main'));
  fs.writeFileSync(path.join(root, 'main', 'window.ts'), source);
  return scanElectronSecurity({ root, paths: ['main'], electronVersion: '42.11.18' });
}

describe('the Electronegativity gate', () => {
  it('reports a window with Node integration, with its file and line', async () => {
    const result = await scanOne(WINDOW(''));
    expect(result.findings).toContainEqual(expect.objectContaining({ check: 'NODE_INTEGRATION_JS_CHECK', file: path.join('main', 'window.ts'), line: 3 }));
    expect(result.unparsed).toEqual([]);
  }, 20_000);

  it('drops a finding suppressed on its line with a reason, and counts a suppression without one', async () => {
    const quiet = await scanOne(WINDOW('').replace('nodeIntegration: true,', 'nodeIntegration: true, // eng-disable NODE_INTEGRATION_JS_CHECK because a fixture must show one'));
    expect(quiet.findings.map((f) => f.check)).not.toContain('NODE_INTEGRATION_JS_CHECK');
    expect(quiet.unexplainedSuppressions).toEqual([]);

    const bare = await scanOne(WINDOW('').replace('nodeIntegration: true,', 'nodeIntegration: true, // eng-disable NODE_INTEGRATION_JS_CHECK'));
    expect(bare.findings.map((f) => f.check)).not.toContain('NODE_INTEGRATION_JS_CHECK');
    expect(bare.unexplainedSuppressions).toEqual([expect.objectContaining({ file: path.join('main', 'window.ts'), line: 3 })]);
  }, 20_000);

  it('reports a file it cannot parse instead of passing it', async () => {
    const result = await scanOne('export const = ;');
    expect(result.unparsed).toHaveLength(1);
  }, 20_000);

  it('asks every suppression for a reason of a few words after "because"', () => {
    const files = [
      { file: 'a.ts', text: 'x // eng-disable PRELOAD_JS_CHECK because the preload exposes named calls only' },
      { file: 'b.ts', text: 'x // eng-disable PRELOAD_JS_CHECK' },
      { file: 'c.html', text: '<!-- eng-disable CSP_GLOBAL_CHECK because fine -->' },
      { file: 'd.ts', text: '/* eng-disable AUXCLICK_JS_CHECK, PRELOAD_JS_CHECK because these two are reviewed in the issue */' },
    ];
    expect(unexplainedSuppressions(files).map((s) => s.file)).toEqual(['b.ts', 'c.html']);
  });
});
