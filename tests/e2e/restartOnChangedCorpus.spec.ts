import { buildChangedCorpus, removeChangedCorpus } from '../helpers/changedCorpus';
import { closeApp, expect, restartApp, test } from './fixtures';
import { LibraryPage } from './pages/LibraryPage';

const PLAN = 'national-health-plan-14th-fyp-2022';
const P19 = `${PLAN}:p0019`;

// The support other pack specs build on: the same user data, opened again on a corrected corpus.
test('a restart on a changed corpus keeps the user data and shows the new text', async ({ app, page, reader }) => {
  const corpusFile = buildChangedCorpus([
    { kind: 'text', segmentId: P19, side: 'en', text: (old) => old.replace('Improve quality and promote balance.', 'Improve quality and promote a balance.') },
  ]);
  const pack = await app.backend.handlers.createPack({ title: 'Before the correction' });
  await app.backend.handlers.addQuotes({ packId: pack.id, sources: [{ kind: 'sentences', segmentId: P19, side: 'en', sentenceIds: [`${P19}.s1`] }] });

  const reopened = await restartApp(app, 'en', { corpusFile });
  try {
    const library = new LibraryPage(page, reopened.host);
    await library.open();
    await library.openDocument(PLAN);
    await reader.waitForDocument(PLAN);
    await reader.scrollRowToTop(P19);
    await expect(reader.cellText(P19, 'en')).toContainText('Improve quality and promote a balance.');
    const check = await reopened.backend.handlers.checkPack({ id: pack.id });
    expect(check.checks.map((c) => [c.status, c.now?.text])).toEqual([['changed', 'Improve quality and promote a balance.']]);
  } finally {
    await closeApp(reopened);
    removeChangedCorpus(corpusFile);
  }
});
