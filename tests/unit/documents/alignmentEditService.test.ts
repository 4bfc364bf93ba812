import { beforeAll, describe, expect, it } from 'vitest';
import type { AlignmentEdit, AlignmentEditOutcome, AlignmentHistoryView } from '../../../contract/alignmentEdits';
import type { Annotation } from '../../../contract/annotations';
import type { DocumentDetail } from '../../../contract/model';
import type { ApiError, Result } from '../../../contract/result';
import { createBackend, type Backend } from '../../../main/domain/backend';
import type { Connection } from '../../../main/domain/database/connection';
import { dispatchApiCall } from '../../../main/domain/dispatch';
import { buildBundledCorpusInto } from '../../helpers/corpus';
import { INSERTED, METADATA, SMART, TIERED, TITLE, libraryDump, plan } from '../../helpers/importPlans';
import { tempDir, tempDirForFile } from '../../helpers/tempDir';

const corpusDir = tempDirForFile();
let corpusFile: string;
beforeAll(() => {
  corpusFile = buildBundledCorpusInto(corpusDir());
}, 120_000);

const backend = (userDataDir = tempDir()): Backend => createBackend({ userDataDir, corpusFile, systemLanguage: 'en' });

async function call<T>(b: Backend, name: string, args: unknown): Promise<T> {
  const result = (await dispatchApiCall(b.handlers, name, args)) as Result<T>;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

async function refusal(b: Backend, name: string, args: unknown): Promise<ApiError> {
  const result = (await dispatchApiCall(b.handlers, name, args)) as Result<unknown>;
  if (result.ok) throw new Error(`${name} was not refused`);
  return result.error;
}

/** A document of four segments: p0001 title, p0002 two sentences a side, p0003 and p0004 one each. */
function imported(b: Backend): string {
  return b.documents.storeImport(plan([TITLE, TIERED, SMART, INSERTED]), METADATA).id;
}

const edit = (b: Backend, documentId: string, change: AlignmentEdit, revision?: number) =>
  call<AlignmentEditOutcome>(b, 'editAlignment', { documentId, edit: change, ...(revision === undefined ? {} : { revision }) });
const document = (b: Backend, documentId: string) => call<DocumentDetail>(b, 'getDocument', { documentId });
const keys = (doc: DocumentDetail) => doc.segments.map((s) => s.id.split(':')[1]);

/** Each link as its sentences' texts, zh | en, in the order the document lists them. */
function linkTexts(doc: DocumentDetail): string[] {
  const text = (id: string, side: 'zh' | 'en') => {
    const [segmentId, n] = id.split('.s');
    const segment = doc.segments.find((s) => s.id === segmentId);
    const sentence = segment?.sentences[side][Number(n) - 1];
    return sentence ? (segment?.[side]?.text ?? '').slice(sentence.start, sentence.end) : '?';
  };
  return doc.links.map((l) => `${l.zh.map((id) => text(id, 'zh')).join('')}|${l.en.map((id) => text(id, 'en')).join(' ')}`);
}

function userDump(db: Connection): unknown {
  return { library: libraryDump(db), log: db.prepare('SELECT * FROM alignment_edit ORDER BY 1, 2').all(), documents: db.prepare('SELECT * FROM document').all() };
}

async function annotate(b: Backend, documentId: string, key: string, side: 'zh' | 'en', exact: string): Promise<string> {
  const doc = await document(b, documentId);
  const text = doc.segments.find((s) => s.id === `${documentId}:${key}`)?.[side]?.text ?? '';
  const start = text.indexOf(exact);
  const created = await call<Annotation>(b, 'createAnnotation', { segmentId: `${documentId}:${key}`, side, start, end: start + exact.length, exact, colour: 'yellow' });
  return created.id;
}

/** Where an annotation is, and the text at that place of the document now. */
async function annotationPlace(b: Backend, documentId: string, id: string) {
  const { annotations } = await call<{ annotations: Annotation[] }>(b, 'listAnnotations', { documentId });
  const annotation = annotations.find((a) => a.id === id);
  if (!annotation) throw new Error(`No annotation ${id}`);
  const doc = await document(b, documentId);
  const { segmentId, side, position, quote } = annotation.target;
  const text = doc.segments.find((s) => s.id === segmentId)?.[side]?.text ?? '';
  return { key: segmentId.split(':')[1], status: annotation.placement.status, quote: quote.exact, atPosition: text.slice(position.start, position.end) };
}

describe('the alignment editor’s storage', () => {
  it('stores each edit with who and when, and undoes and redoes them after a restart', async () => {
    const dir = tempDir();
    let b = backend(dir);
    await call(b, 'setPreferences', { authorName: 'Li Hua' });
    const id = imported(b);
    const merged = await edit(b, id, { type: 'merge-segments', segment: 'p0002' });
    expect(merged.changedSegments).toEqual(['p0002']);
    await edit(b, id, { type: 'unlink', segment: 'p0002', link: 3 });
    const edited = await document(b, id);
    expect(keys(edited)).toEqual(['p0001', 'p0002', 'p0004']);
    expect(linkTexts(edited)).toEqual(['健康草案。|Draft on health.', '推进分级诊疗。|Advance tiered care.', '加强基层卫生服务。|Strengthen primary health services.', '发展智慧医院。|', '|Develop smart hospitals.', '完善急救体系。|Improve emergency care.']);
    b.close();

    b = backend(dir);
    const history = await call<AlignmentHistoryView>(b, 'getAlignmentHistory', { documentId: id });
    expect(history.done.map((e) => [e.type, e.by])).toEqual([['merge-segments', 'Li Hua'], ['unlink', 'Li Hua']]);
    expect(Date.parse(history.done[0].at)).not.toBeNaN();
    expect(history).toMatchObject({ canUndo: true, canRedo: false });
    await call(b, 'undoAlignmentEdit', { documentId: id });
    expect(linkTexts(await document(b, id))).toContain('发展智慧医院。|Develop smart hospitals.');
    const undone = await call<AlignmentEditOutcome>(b, 'undoAlignmentEdit', { documentId: id });
    expect(undone.history).toMatchObject({ canUndo: false, canRedo: true, undone: [{ type: 'merge-segments' }, { type: 'unlink' }] });
    const restored = await document(b, id);
    expect(keys(restored)).toEqual(['p0001', 'p0002', 'p0003', 'p0004']);
    expect(restored.segments.map((s) => s.position)).toEqual([0, 1, 2, 3]);
    expect(restored.segments[2].en?.text).toBe(SMART.en);
    b.close();

    b = backend(dir);
    await call(b, 'redoAlignmentEdit', { documentId: id });
    expect(keys(await document(b, id))).toEqual(['p0001', 'p0002', 'p0004']);
    const redone = await call<AlignmentEditOutcome>(b, 'redoAlignmentEdit', { documentId: id });
    expect(redone.history).toMatchObject({ canUndo: true, canRedo: false });
    expect(linkTexts(await document(b, id))).toEqual(linkTexts(edited));
    expect((await refusal(b, 'redoAlignmentEdit', { documentId: id })).details?.reason).toBe('alignment-nothing-to-redo');
    b.close();
  });

  it('keeps annotations on their exact text through merging and splitting paragraphs, and back on undo', async () => {
    const b = backend();
    const id = imported(b);
    const smart = await annotate(b, id, 'p0003', 'en', 'smart hospitals');
    const across = await annotate(b, id, 'p0002', 'en', 'tiered care. Strengthen primary health');
    const chinese = await annotate(b, id, 'p0003', 'zh', '智慧医院');

    await edit(b, id, { type: 'merge-segments', segment: 'p0002' });
    expect(await annotationPlace(b, id, smart)).toEqual({ key: 'p0002', status: 'anchored', quote: 'smart hospitals', atPosition: 'smart hospitals' });
    expect(await annotationPlace(b, id, chinese)).toMatchObject({ key: 'p0002', atPosition: '智慧医院' });

    // Split before the link of 加强基层卫生服务: the annotation across it keeps its longer piece.
    await edit(b, id, { type: 'split-segment', segment: 'p0002', link: 2 });
    expect(keys(await document(b, id))).toEqual(['p0001', 'p0002', 'p0002b', 'p0004']);
    expect(await annotationPlace(b, id, smart)).toEqual({ key: 'p0002b', status: 'anchored', quote: 'smart hospitals', atPosition: 'smart hospitals' });
    expect(await annotationPlace(b, id, across)).toEqual({ key: 'p0002b', status: 'anchored', quote: 'Strengthen primary health', atPosition: 'Strengthen primary health' });

    await call(b, 'undoAlignmentEdit', { documentId: id });
    expect(await annotationPlace(b, id, across)).toEqual({ key: 'p0002', status: 'anchored', quote: 'tiered care. Strengthen primary health', atPosition: 'tiered care. Strengthen primary health' });
    expect(await annotationPlace(b, id, smart)).toMatchObject({ key: 'p0002', atPosition: 'smart hospitals' });
    await call(b, 'undoAlignmentEdit', { documentId: id });
    expect(await annotationPlace(b, id, smart)).toEqual({ key: 'p0003', status: 'anchored', quote: 'smart hospitals', atPosition: 'smart hospitals' });
    expect(await annotationPlace(b, id, chinese)).toEqual({ key: 'p0003', status: 'anchored', quote: '智慧医院', atPosition: '智慧医院' });
    expect(await annotationPlace(b, id, across)).toMatchObject({ key: 'p0002', atPosition: 'tiered care. Strengthen primary health' });
    b.close();
  });

  it('shortens a highlight a split cuts through again on redo, and gives it back whole on the second undo', async () => {
    const b = backend();
    const id = imported(b);
    const across = await annotate(b, id, 'p0002', 'zh', '分级诊疗。加强');
    await edit(b, id, { type: 'split-segment', segment: 'p0002', link: 2 });
    expect(await annotationPlace(b, id, across)).toMatchObject({ key: 'p0002', atPosition: '分级诊疗。' });
    await call(b, 'undoAlignmentEdit', { documentId: id });
    await call(b, 'redoAlignmentEdit', { documentId: id });
    expect(await annotationPlace(b, id, across)).toMatchObject({ key: 'p0002', quote: '分级诊疗。', atPosition: '分级诊疗。' });
    await call(b, 'undoAlignmentEdit', { documentId: id });
    expect(await annotationPlace(b, id, across)).toEqual({ key: 'p0002', status: 'anchored', quote: '分级诊疗。加强', atPosition: '分级诊疗。加强' });
    b.close();
  });

  it('starts a new history when the document is imported again: the old edits no longer fit its text', async () => {
    const b = backend();
    const id = imported(b);
    const made = await edit(b, id, { type: 'unlink', segment: 'p0002', link: 1 });
    b.documents.reimport(id, plan([TITLE, TIERED, SMART]));
    const history = await call<AlignmentHistoryView>(b, 'getAlignmentHistory', { documentId: id });
    expect(history).toMatchObject({ done: [], undone: [], canUndo: false });
    expect(history.revision).toBeGreaterThan(made.history.revision);
    expect((await refusal(b, 'undoAlignmentEdit', { documentId: id })).details?.reason).toBe('alignment-nothing-to-undo');
    b.close();
  });

  it('finds the text of merged paragraphs where it now is, and where it was after an undo', async () => {
    const b = backend();
    const id = imported(b);
    const hitsFor = async (query: string) =>
      (await call<{ hits: { segmentId: string }[] }>(b, 'search', { query })).hits.map((h) => h.segmentId).filter((s) => s.startsWith(id));
    await edit(b, id, { type: 'merge-segments', segment: 'p0002' });
    expect(await hitsFor('smart hospitals')).toEqual([`${id}:p0002`]);
    expect(await hitsFor('智慧医院')).toEqual([`${id}:p0002`]);
    expect(await hitsFor('emergency care')).toEqual([`${id}:p0004`]);
    await call(b, 'undoAlignmentEdit', { documentId: id });
    expect(await hitsFor('smart hospitals')).toEqual([`${id}:p0003`]);
    b.close();
  });

  it('lists an edited paragraph’s links in reading order, read whole or in parts', async () => {
    const b = backend();
    const id = imported(b);
    await edit(b, id, { type: 'unlink', segment: 'p0002', link: 1 });
    const whole = linkTexts(await document(b, id));
    expect(whole.slice(0, 4)).toEqual(['健康草案。|Draft on health.', '推进分级诊疗。|', '|Advance tiered care.', '加强基层卫生服务。|Strengthen primary health services.']);
    const part = await call<{ links: { id: number }[] }>(b, 'getDocumentPart', { documentId: id, from: 0, count: 10 });
    expect(part.links.map((l) => l.id)).toEqual((await document(b, id)).links.map((l) => l.id));
    b.close();
  });

  it('refuses to edit a bundled document, saying why', async () => {
    const b = backend();
    const bundled = (await call<{ id: string; library: string }[]>(b, 'listDocuments', {})).find((d) => d.library === 'bundled')?.id;
    const error = await refusal(b, 'editAlignment', { documentId: bundled, edit: { type: 'merge-segments', segment: 'p0001' } });
    expect(error).toMatchObject({ code: 'alignment-edit-refused', details: { reason: 'alignment-bundled-document' } });
    expect((await refusal(b, 'getAlignmentHistory', { documentId: bundled })).details?.reason).toBe('alignment-bundled-document');
    b.close();
  });

  it('refuses a stale edit or undo, made on a revision of the document that is not the current one, and changes nothing', async () => {
    const b = backend();
    const id = imported(b);
    const first = await edit(b, id, { type: 'unlink', segment: 'p0002', link: 1 }, 0);
    expect(first.history.revision).toBe(1);
    const before = userDump(b.userDatabase.db);
    const stale = await refusal(b, 'editAlignment', { documentId: id, edit: { type: 'unlink', segment: 'p0003', link: 1 }, revision: 0 });
    expect(stale).toMatchObject({ code: 'alignment-edit-refused', details: { reason: 'alignment-history-stale' } });
    expect((await refusal(b, 'undoAlignmentEdit', { documentId: id, revision: 0 })).details?.reason).toBe('alignment-history-stale');
    expect(userDump(b.userDatabase.db)).toEqual(before);
    b.close();
  });

  it('changes nothing when an edit fails midway, or does not fit the document', async () => {
    const b = backend();
    const id = imported(b);
    await annotate(b, id, 'p0003', 'en', 'smart hospitals');
    const db = b.userDatabase.db;
    const before = userDump(db);
    // The log is written last: by then the segments, search rows and annotation have all been rewritten.
    db.exec("CREATE TEMP TRIGGER fail_log BEFORE INSERT ON alignment_edit BEGIN SELECT RAISE(ABORT, 'disk gone'); END");
    expect((await refusal(b, 'editAlignment', { documentId: id, edit: { type: 'merge-segments', segment: 'p0002' } })).code).toBe('internal');
    expect(userDump(db)).toEqual(before);
    db.exec('DROP TRIGGER fail_log');
    const misfit = await refusal(b, 'editAlignment', { documentId: id, edit: { type: 'merge-sentences', segment: 'p0003', side: 'en', sentence: 1 } });
    expect(misfit).toMatchObject({ code: 'alignment-edit-refused', details: { reason: 'alignment-out-of-range' } });
    expect(userDump(db)).toEqual(before);
    b.close();
  });
});
