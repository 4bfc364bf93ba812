import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { beforeAll, describe, expect, it } from 'vitest';
import { CorpusRepository } from '../../../main/domain/corpus/corpusRepository';
import { openConnection } from '../../../main/domain/database/connection';
import { USER_DATABASE_FILE } from '../../../main/domain/database/userDatabase';
import { burstAnnotation } from '../../helpers/annotationBurst';
import { buildBundledCorpusInto, REPO_ROOT } from '../../helpers/corpus';
import { tempDir, tempDirForFile } from '../../helpers/tempDir';

const BURST = 1000;
const corpusDir = tempDirForFile('duizhao-corpus-');
let corpusFile: string;
beforeAll(() => {
  corpusFile = buildBundledCorpusInto(corpusDir());
});

/** Starts the writer, kills it with SIGKILL once `killAfter` writes were acknowledged, and returns those. */
function burstUntilKilled(userDataDir: string, killAfter: number): Promise<{ acknowledged: Map<number, string>; signal: NodeJS.Signals | null }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'tests', 'helpers', 'annotationBurstWriter.ts'), userDataDir, corpusFile, String(BURST)], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const acknowledged = new Map<number, string>();
  createInterface({ input: child.stdout }).on('line', (line) => {
    const [index, id] = line.split(' ');
    acknowledged.set(Number(index), id);
    if (acknowledged.size === killAfter) child.kill('SIGKILL');
  });
  return new Promise((resolve) => child.on('exit', (_code, signal) => resolve({ acknowledged, signal })));
}

/**
 * Three kill points drawn at random for each run (printed; DUIZHAO_KILL_AFTER=n,n,n replays a run).
 * The signal lands wherever the writer is by then: mid-transaction, mid-fsync or between writes.
 */
const KILL_POINTS = process.env.DUIZHAO_KILL_AFTER
  ? process.env.DUIZHAO_KILL_AFTER.split(',').map(Number)
  : [0, 1, 2].map((third) => 1 + Math.floor(((third + Math.random()) * (BURST - 2)) / 3));

describe('crash safety', () => {
  it.each(KILL_POINTS)('keeps every acknowledged annotation whole when the writer is killed after %i', async (killAfter) => {
    const dir = tempDir();
    const { acknowledged, signal } = await burstUntilKilled(dir, killAfter);
    expect(signal).toBe('SIGKILL');
    expect(acknowledged.size).toBeGreaterThanOrEqual(killAfter);
    expect(acknowledged.size).toBeLessThan(BURST);

    const db = openConnection(path.join(dir, USER_DATABASE_FILE));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const corpus = CorpusRepository.open(corpusFile);
    const segments = corpus.listDocuments().flatMap((d) => corpus.getDocument(d.id)!.segments);
    const stored = new Map((db.prepare('SELECT * FROM annotation').all() as Record<string, unknown>[]).map((row) => [row.id, row]));
    // Everything acknowledged is there; at most the one write in flight is there without its acknowledgement.
    expect(stored.size - acknowledged.size).toBeGreaterThanOrEqual(0);
    expect(stored.size - acknowledged.size).toBeLessThanOrEqual(1);
    for (const [index, id] of acknowledged) {
      const expected = burstAnnotation(segments, index);
      expect(stored.get(id), `annotation ${index}`).toMatchObject({
        segment_id: expected.segmentId,
        side: expected.side,
        quote_exact: expected.exact,
        position_start: expected.start,
        position_end: expected.end,
        colour: expected.colour,
        note: expected.note,
        tags_json: JSON.stringify(expected.tags),
        deleted_at: null,
      });
    }
    console.log(`crash safety: killed after ${killAfter} acknowledged writes; ${acknowledged.size} acknowledged, ${stored.size} stored, integrity ok`);
    corpus.close();
    db.close();
  }, 60_000);
});
