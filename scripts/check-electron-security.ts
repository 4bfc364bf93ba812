// `npm run check:electron`, part of `npm test`: Electronegativity over the
// Electron-facing sources. Any finding, any file it cannot parse, and any
// eng-disable comment that does not say why fails the build.
import fs from 'node:fs';
import path from 'node:path';
import { EXCLUDED_CHECKS, scanElectronSecurity } from './electronSecurityScan';

const root = path.resolve(__dirname, '..');

/** Everything that runs in Electron or shapes what it loads; the domain and the browser host do not touch Electron. */
const SCANNED = ['main/electron', 'main/serving', 'preload', 'renderer', 'package.json'];

async function main(): Promise<void> {
  // The page as it ships: the build writes the real CSP into index.html.
  const builtPage = path.join(root, 'dist', 'renderer', 'index.html');
  if (!fs.existsSync(builtPage)) throw new Error('dist/renderer/index.html is missing: run "npm run build" first.');
  const electronVersion = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> })
    .devDependencies.electron;

  const result = await scanElectronSecurity({
    root,
    paths: SCANNED,
    replacements: { [path.join('renderer', 'index.html')]: builtPage },
    electronVersion,
  });

  for (const f of result.findings) console.error(`${f.file}:${f.line}  ${f.check} (${f.severity})  ${f.description}  ${f.url}`);
  for (const u of result.unparsed) console.error(`${u.file}: not parsed, so not checked: ${u.message}`);
  for (const s of result.unexplainedSuppressions) console.error(`${s.file}:${s.line}  eng-disable without "because <reason>": ${s.text}`);
  const failures = result.findings.length + result.unparsed.length + result.unexplainedSuppressions.length;
  const excluded = Object.entries(EXCLUDED_CHECKS).map(([check, why]) => `${check} (${why})`).join('; ');
  console.log(
    `check:electron: Electronegativity, ${result.checksRun} checks over ${SCANNED.join(', ')} for Electron ${electronVersion}: ` +
      `${result.findings.length} findings, ${result.unparsed.length} unparsed files, ${result.unexplainedSuppressions.length} unexplained suppressions. Not run: ${excluded}.`,
  );
  if (failures > 0) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
