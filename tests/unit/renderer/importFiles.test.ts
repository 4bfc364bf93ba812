import { describe, expect, it } from 'vitest';
import { IMPORT_FILE_MAX_BYTES } from '../../../contract/imports';
import { draftForFiles, draftIsComplete, filesOverLimit, shapeForFiles, sideFromName, withSides } from '../../../renderer/library/importFiles';
import { fieldsFromPreview, validateFields } from '../../../renderer/library/metadataFields';
import { parseRoute, routeHash } from '../../../renderer/route';

const file = (name: string, size = 10) => ({ name, size }) as File;

describe('the import dialog’s files', () => {
  it('tell the side from the name where it says it, and nothing otherwise', () => {
    expect(sideFromName('release.zh.docx')).toBe('zh');
    expect(sideFromName('plan_CN.pdf')).toBe('zh');
    expect(sideFromName('通知全文.txt')).toBe('zh');
    expect(sideFromName('通知英文版.pdf')).toBe('en');
    expect(sideFromName('release.en.pdf')).toBe('en');
    expect(sideFromName('Notice-English.txt')).toBe('en');
    expect(sideFromName('often.txt')).toBeNull();
    expect(sideFromName('release.pdf')).toBeNull();
  });

  it('read a drop of two files as a pair, a .tmx as bilingual and one other file as one language', () => {
    expect(shapeForFiles(['a.docx', 'b.pdf'])).toBe('pair');
    expect(shapeForFiles(['memory.TMX'])).toBe('bilingual');
    expect(shapeForFiles(['notice.html'])).toBe('single');
  });

  it('put a pair’s two files on two sides, the named one where its name says', () => {
    const pair = draftForFiles([file('release.en.pdf'), file('release.zh.docx')]);
    expect(pair.shape).toBe('pair');
    expect(pair.files.map((f) => [f.file.name, f.side])).toEqual([['release.en.pdf', 'en'], ['release.zh.docx', 'zh']]);
    expect(withSides([{ file: file('a.txt'), side: null }, { file: file('b.txt'), side: 'zh' }]).map((f) => f.side)).toEqual(['en', 'zh']);
    expect(withSides([{ file: file('a.zh.txt'), side: 'zh' }, { file: file('b.zh.txt'), side: 'zh' }]).map((f) => f.side)).toEqual(['zh', 'en']);
    expect(draftIsComplete(pair)).toBe(true);
    expect(draftIsComplete({ ...pair, files: pair.files.map((f) => ({ ...f, side: 'zh' as const })) })).toBe(false);
  });

  it('keep one file when a single-file shape is chosen, and ask for two for a pair', () => {
    const single = draftForFiles([file('a.txt'), file('b.txt')], 'single');
    expect(single.files).toHaveLength(1);
    expect(draftIsComplete({ shape: 'pair', files: single.files })).toBe(false);
  });

  it('refuse a file over the limit by name, before anything is sent', () => {
    const draft = draftForFiles([file('huge.zh.pdf', IMPORT_FILE_MAX_BYTES + 1), file('small.en.txt')]);
    expect(filesOverLimit(draft.files)).toEqual(['huge.zh.pdf']);
  });
});

describe('the metadata form', () => {
  const preview = { files: [], segments: 0, links: 0, doubtful: 0, suggestedTitle: { zh: '关于家庭医生', en: null }, sample: [] };

  it('starts from the suggested titles and sends what the schema stores', () => {
    const checked = validateFields({ ...fieldsFromPreview(preview), issuerZh: '  国家卫生健康委  ', issuedOn: '2024-03-01' });
    expect(checked.ok && checked.metadata).toMatchObject({ title: { zh: '关于家庭医生', en: null }, issuer: { zh: '国家卫生健康委', en: null }, issuedOn: '2024-03-01', publishedOn: null, sourceUrl: null });
  });

  it('names each field’s problem', () => {
    const checked = validateFields({ ...fieldsFromPreview(preview), titleZh: '', sourceUrl: 'javascript:alert(1)', numberEn: 'x'.repeat(201), issuedOn: '2024-02-30' });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems).toEqual({ titleZh: { key: 'titleRequired' }, sourceUrl: { key: 'url' }, numberEn: { key: 'tooLong', values: { max: 200 } }, issuedOn: { key: 'date' } });
  });
});

describe('the File menu’s route', () => {
  it('opens the library with the import dialog', () => {
    expect(parseRoute('#/?import=1')).toEqual({ name: 'library', importing: true });
    expect(routeHash({ name: 'library', importing: true })).toBe('#/?import=1');
    expect(parseRoute('#/')).toEqual({ name: 'library' });
  });
});
