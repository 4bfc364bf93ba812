/**
 * Run as a child process by the crash-safety test: writes of every kind through
 * the backend's own handlers (create, edit, delete, restore, import of a W3C
 * JSON file, restore of a backup), one after another, until it is killed.
 *
 * Before each write it prints `intent <n> <json>`: the kind and what the rows
 * it touches must hold if it commits. After each write has returned (committed)
 * it prints `ack <n> <json>`: the rows as they now are. The parent checks, after
 * the kill, that every acknowledged write is there whole and the write in
 * flight is there whole or not at all. The workload is the same every run.
 */
import fs from 'node:fs';
import { createBackend } from '../../main/domain/backend';
import { burstAnnotation } from './annotationBurst';
import { corpusSegments, rowsOf, type ImportSource, type RowState, type WriteKind } from './mixedWrites';
import { seededRandom } from './seededRandom';

const [userDataDir, corpusFile, importSourceFile, countText] = process.argv.slice(2);
const backend = createBackend({ userDataDir, corpusFile, systemLanguage: 'en' });
const h = backend.handlers;
const segments = corpusSegments(corpusFile);

/** Deterministic choices, so that every run is the same workload. */
const random = seededRandom(13);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

/** Annotations made in another profile, exported as W3C JSON (see makeImportSource); each import takes the next 8. */
const IMPORT_SIZE = 8;
const { collection: exported, rows: scratchRows } = JSON.parse(fs.readFileSync(importSourceFile, 'utf8')) as ImportSource;
let nextImport = 0;

const db = () => backend.userDatabase.db;
const say = (line: string) => fs.writeSync(1, `${line}\n`);
let backup: { name: string; rows: Record<string, RowState> } | null = null;

/** One write: what it must leave if it commits, the write itself, then the rows it touched as they are. */
async function write(n: number, kind: WriteKind, expected: Record<string, Partial<RowState>>, act: () => Promise<string[]>): Promise<void> {
  say(`intent ${n} ${JSON.stringify({ kind, rows: expected })}`);
  const touched = await act();
  const after = rowsOf(db());
  say(`ack ${n} ${JSON.stringify({ kind, rows: kind === 'backup-restore' ? after : Object.fromEntries(touched.map((id) => [id, after[id]])) })}`);
}

const withoutRevision = ({ revision: _revision, ...content }: RowState) => content;

async function step(n: number): Promise<void> {
  const rows = rowsOf(db());
  const live = Object.keys(rows).filter((id) => !rows[id].deleted);
  const deleted = Object.keys(rows).filter((id) => rows[id].deleted);
  const roll = random();

  if (n % 30 === 5) {
    // Not a write to the user database: it gives the restore below something to restore.
    const made = (await h.backupNow({})) as { name: string };
    backup = { name: made.name, rows };
  } else if (n % 30 === 20 && backup) {
    const { name } = backup;
    await write(n, 'backup-restore', backup.rows, async () => (await h.restoreBackup({ name }), []));
  } else if (roll < 0.1 && nextImport + IMPORT_SIZE <= exported.first.items.length) {
    const items = exported.first.items.slice(nextImport, nextImport + IMPORT_SIZE);
    nextImport += IMPORT_SIZE;
    const ids = items.map((item) => item.id.replace('urn:uuid:', ''));
    // The import as the renderer calls it: the file's text, merged in one transaction.
    const content = JSON.stringify({ ...exported, total: items.length, first: { ...exported.first, items } });
    await write(n, 'import', Object.fromEntries(ids.map((id) => [id, withoutRevision(scratchRows[id])])), async () => (await h.importAnnotations({ files: [{ name: 'colleague.json', content }], mode: 'apply' }), ids));
  } else if (roll < 0.35 && live.length > 0) {
    const id = pick(live);
    const change = { id, colour: pick(['yellow', 'green', 'blue', 'pink', 'purple'] as const), note: `edit ${n}: ${'改'.repeat(n % 40)}`, tags: [`e${n % 5}`] };
    const expected = { ...withoutRevision(rows[id]), colour: change.colour, note: change.note, tags_json: JSON.stringify(change.tags) };
    await write(n, 'edit', { [id]: expected }, async () => (await h.updateAnnotation(change), [id]));
  } else if (roll < 0.5 && live.length > 0) {
    const id = pick(live);
    await write(n, 'delete', { [id]: { ...withoutRevision(rows[id]), deleted: true } }, async () => (await h.deleteAnnotation({ id }), [id]));
  } else if (roll < 0.6 && deleted.length > 0) {
    const id = pick(deleted);
    await write(n, 'restore', { [id]: { ...withoutRevision(rows[id]), deleted: false } }, async () => (await h.restoreAnnotation({ id }), [id]));
  } else {
    const input = burstAnnotation(segments, n);
    const expected: Omit<RowState, 'revision'> = {
      segment_id: input.segmentId,
      quote_exact: input.exact,
      colour: input.colour,
      note: input.note ?? '',
      tags_json: JSON.stringify(input.tags),
      deleted: false,
    };
    // Its id is made by the write: '*' stands for the one new row.
    await write(n, 'create', { '*': expected }, async () => [((await h.createAnnotation(input)) as { id: string }).id]);
  }
}

async function main(): Promise<void> {
  for (let n = 0; n < Number(countText); n++) await step(n);
}
main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
