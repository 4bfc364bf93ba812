import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/corpus';

// The layer rules live in eslint.config.mjs; these cases prove they bite.
const eslint = new ESLint({ cwd: REPO_ROOT });

async function ruleIdsFor(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(REPO_ROOT, file) });
  return result.messages.map((m) => m.ruleId ?? 'parse-error');
}

describe('layer boundaries', () => {
  it('stop the renderer from importing main, Electron or Node', async () => {
    for (const source of ["import '../main/domain/backend';", "import { app } from 'electron';", "import fs from 'node:fs';", "import Database from 'better-sqlite3';"]) {
      expect(await ruleIdsFor('renderer/Probe.tsx', `${source}\nexport const x = 1;`), source).toContain('no-restricted-imports');
    }
  });

  it('stop the domain from importing Electron or a transport', async () => {
    for (const source of ["import { app } from 'electron';", "import { registerIpcHandlers } from '../electron/ipc';", "import { startBrowserHost } from '../host/browserHost';"]) {
      expect(await ruleIdsFor('main/domain/probe.ts', `${source}\nexport const x = 1;`), source).toContain('no-restricted-imports');
    }
  });

  it('stop a lower domain room from importing terminology, which stands on it', async () => {
    const source = "import { TermbaseService } from '../terminology/termbaseService';\nexport const x = TermbaseService;";
    expect(await ruleIdsFor('main/domain/search/probe.ts', source)).toContain('no-restricted-imports');
    expect(await ruleIdsFor('main/domain/annotations/probe.ts', source)).toContain('no-restricted-imports');
    expect(await ruleIdsFor('main/domain/terminology/probe.ts', "import { CorpusRepository } from '../corpus/corpusRepository';\nexport const x = CorpusRepository;")).toEqual([]);
  });

  it('keep the terminology room above the corpus and the search, and apart from the annotations', async () => {
    expect(await ruleIdsFor('main/domain/terminology/probe.ts', "import { AnnotationStore } from '../annotations/annotationStore';\nexport const x = AnnotationStore;")).toContain('no-restricted-imports');
    expect(await ruleIdsFor('main/domain/search/probe.ts', "import { Concordance } from '../terminology/concordance';\nexport const x = Concordance;")).toContain('no-restricted-imports');
    expect(await ruleIdsFor('main/domain/terminology/probe.ts', "import { matchRanges } from '../search/highlight';\nexport const x = matchRanges;")).toEqual([]);
  });

  it('keep the briefing room above the corpus, the aligner, the search and the annotations, which never import it', async () => {
    const briefing = "import { buildCitation } from '../briefing/citation';\nexport const x = buildCitation;";
    for (const room of ['corpus', 'alignment', 'search', 'annotations', 'terminology', 'preferences']) {
      expect(await ruleIdsFor(`main/domain/${room}/probe.ts`, briefing), room).toContain('no-restricted-imports');
    }
    for (const source of [
      "import { SentenceLinkStore } from '../corpus/sentenceLinks';\nexport const x = SentenceLinkStore;",
      "import { annotationSides } from '../annotations/annotationCounterpart';\nexport const x = annotationSides;",
      "import { matchRanges } from '../search/highlight';\nexport const x = matchRanges;",
      "import { segmentSentences } from '../alignment/sentenceSegmenter';\nexport const x = segmentSentences;",
    ]) {
      expect(await ruleIdsFor('main/domain/briefing/probe.ts', source), source).toEqual([]);
    }
    expect(await ruleIdsFor('main/domain/briefing/probe.ts', "import { TermbaseService } from '../terminology/termbaseService';\nexport const x = TermbaseService;")).toContain('no-restricted-imports');
  });

  it('stop the contract from importing main or Node', async () => {
    expect(await ruleIdsFor('contract/probe.ts', "import fs from 'node:fs';\nexport const x = fs;")).toContain('no-restricted-imports');
  });

  it('allow what each layer may use', async () => {
    expect(await ruleIdsFor('main/domain/probe.ts', "import fs from 'node:fs';\nimport { apiContract } from '../../contract/api';\nexport const x = [fs, apiContract];")).toEqual([]);
    expect(await ruleIdsFor('renderer/Probe.tsx', "import { apiContract } from '../contract/api';\nexport const x = apiContract;")).toEqual([]);
  });

  it('refuse a literal UI string in a component', async () => {
    const code = "export function Probe() {\n  return <p>Hello</p>;\n}\n";
    expect(await ruleIdsFor('renderer/Probe.tsx', code)).toContain('react/jsx-no-literals');
  });
});
