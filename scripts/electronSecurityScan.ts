// Runs Doyensec's Electronegativity over the app's Electron-facing sources,
// offline, and says what it found. scripts/check-electron-security.ts is the
// gate `npm test` runs; tests/unit/electron/electronSecurityScan.test.ts pins
// this module's behaviour on small fixtures.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

export interface ScanInput {
  /** The folder the scanned paths are relative to (the repository). */
  root: string;
  /** Files or folders under root, scanned together so that the global checks see them all. */
  paths: readonly string[];
  /** Where a scanned file is better read from elsewhere (relative path → file), e.g. the built index.html with its CSP. */
  replacements?: Readonly<Record<string, string>>;
  electronVersion: string;
}

export interface Finding {
  check: string;
  file: string;
  line: number;
  severity: string;
  description: string;
  url: string;
}

export interface ScanResult {
  findings: Finding[];
  /** Files Electronegativity could not parse: not checked, so a failure. */
  unparsed: { file: string; message: string }[];
  /** eng-disable comments that do not say why. */
  unexplainedSuppressions: { file: string; line: number; text: string }[];
  checksRun: number;
}

/**
 * Checks not run, each for a reason. AvailableSecurityFixesGlobalCheck fetches
 * Electron's release list from GitHub, and ElectronVersionJSONCheck only feeds
 * it (it reports the version, which package.json pins exactly); the tests
 * never use the network, and Electron upgrades are reviewed by hand.
 */
export const EXCLUDED_CHECKS: Readonly<Record<string, string>> = {
  AvailableSecurityFixesGlobalCheck: 'fetches the Electron release list from GitHub; npm test stays offline',
  ElectronVersionJSONCheck: 'only reports the pinned Electron version, for the check above',
};

/**
 * A suppression names its checks, then says why after "because", in at least
 * four words: `// eng-disable PRELOAD_JS_CHECK because the preload exposes…`.
 * (Electronegativity reads only word characters after the names, so the
 * reason cannot follow a colon or a dash in HTML comments.)
 */
const SUPPRESSION = /eng-disable\b(.*)/;
const EXPLAINED_SUPPRESSION = /eng-disable\s+[A-Z_]+(?:[\s,]+[A-Z_]+)*\s+because(?:\s+[^\s*]+){4,}/;

const SCANNED_EXTENSIONS = new Set(['.js', '.jsx', '.ts', '.tsx', '.html', '.htm', '.json']);

function filesUnder(root: string, relative: string): string[] {
  const full = path.join(root, relative);
  if (!fs.statSync(full).isDirectory()) return [relative];
  return fs
    .readdirSync(full, { withFileTypes: true })
    .flatMap((entry) => filesUnder(root, path.join(relative, entry.name)))
    .filter((file) => SCANNED_EXTENSIONS.has(path.extname(file)));
}

/** Finds suppressions that do not say why, in every scanned file. */
export function unexplainedSuppressions(files: readonly { file: string; text: string }[]): ScanResult['unexplainedSuppressions'] {
  return files.flatMap(({ file, text }) =>
    text.split('\n').flatMap((line, index) => {
      const match = SUPPRESSION.exec(line);
      if (!match || EXPLAINED_SUPPRESSION.test(line)) return [];
      return [{ file, line: index + 1, text: line.trim() }];
    }),
  );
}

type Runner = (options: Record<string, unknown>, forCli: boolean) => Promise<{
  atomicChecks: number;
  globalChecks: number;
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: {
    id: string;
    file: string;
    location: { line: number };
    severity: { name?: string } | string;
    description: string;
    shortenedURL: string;
  }[];
}>;

/**
 * Electronegativity fetches its translations over HTTP before every run (and
 * falls back to its bundled English when that fails). Its HTTP client is
 * replaced, for this process, by one that fails at once: no request leaves
 * the machine, and no run waits for a timeout.
 */
function loadOfflineRunner(): Runner {
  const require = createRequire(__filename);
  const home = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
  const gotFile = require.resolve('got', { paths: [path.join(home, 'dist', 'locales')] });
  const offline = Object.assign(() => Promise.reject(new Error('offline: no network in checks')), {});
  Object.assign(offline, { head: offline, get: offline, default: offline });
  require.cache[gotFile] = { id: gotFile, filename: gotFile, loaded: true, exports: offline } as unknown as NodeJS.Module;
  return require(path.join(home, 'dist', 'runner.js')) as Runner;
}

/**
 * Copies the scanned files into one folder with the same relative paths (the
 * tool takes one input folder, and its global checks must see every file at
 * once), runs every check but the excluded ones, and maps findings back.
 */
export async function scanElectronSecurity(input: ScanInput): Promise<ScanResult> {
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-electronegativity-'));
  try {
    const relativeFiles = input.paths.flatMap((p) => filesUnder(input.root, p));
    const staged = relativeFiles.map((file) => {
      const source = input.replacements?.[file] ?? path.join(input.root, file);
      const text = fs.readFileSync(source, 'utf8');
      fs.mkdirSync(path.dirname(path.join(stage, file)), { recursive: true });
      fs.writeFileSync(path.join(stage, file), text);
      return { file, text };
    });

    const consoleLog = console.log;
    // The tool prints its translation fallback on stdout; the gate prints its own report.
    console.log = () => {};
    let result: Awaited<ReturnType<Runner>>;
    try {
      result = await loadOfflineRunner()(
        {
          input: stage,
          customScan: [],
          excludeFromScan: Object.keys(EXCLUDED_CHECKS),
          isRelative: true,
          electronVersionOverride: input.electronVersion,
          parserPlugins: [],
        },
        false,
      );
    } finally {
      console.log = consoleLog;
    }

    return {
      findings: result.issues.map((issue) => ({
        check: issue.id,
        file: issue.file,
        line: issue.location.line,
        severity: typeof issue.severity === 'string' ? issue.severity : (issue.severity.name ?? String(issue.severity)),
        description: issue.description,
        url: issue.shortenedURL,
      })),
      unparsed: result.errors.filter((e) => !e.tolerable).map((e) => ({ file: path.relative(stage, e.file), message: e.message })),
      unexplainedSuppressions: unexplainedSuppressions(staged),
      checksRun: result.atomicChecks + result.globalChecks,
    };
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}
