import { describe, expect, it } from 'vitest';
import { deepLinkHash, deepLinkInArgv, makeDeepLink, parseDeepLink } from '../../../contract/deepLink';

const PLAN = 'national-health-plan-14th-fyp-2022';

describe('deep links', () => {
  it('name a paragraph, and optionally a stretch of one side', () => {
    expect(makeDeepLink({ documentId: PLAN, segmentKey: 'p0017' })).toBe(`duizhao://doc/${PLAN}/p0017`);
    const link = makeDeepLink({ documentId: PLAN, segmentKey: 'p0017', range: { side: 'zh', start: 0, end: 9 } });
    expect(link).toBe(`duizhao://doc/${PLAN}/p0017?side=zh&start=0&end=9`);
    expect(parseDeepLink(link)).toEqual({ documentId: PLAN, segmentKey: 'p0017', range: { side: 'zh', start: 0, end: 9 } });
    expect(parseDeepLink(`duizhao://doc/${PLAN}/p0017/`)).toEqual({ documentId: PLAN, segmentKey: 'p0017' });
  });

  it('open the reader at the paragraph', () => {
    expect(deepLinkHash({ documentId: PLAN, segmentKey: 'p0017' })).toBe(`#/doc/${PLAN}/p0017`);
  });

  it('refuse anything that is not exactly such a link', () => {
    for (const url of [
      'https://example.com/',
      'file:///etc/passwd',
      'duizhao://settings',
      `duizhao://doc/${PLAN}`,
      `duizhao://doc/${PLAN}/p0017/extra`,
      `duizhao://doc/../p0017`,
      `duizhao://doc/${PLAN}/P0017`,
      `duizhao://doc/${PLAN}/p%30017`,
      `duizhao://doc/${PLAN}/p0017?side=fr&start=0&end=9`,
      `duizhao://doc/${PLAN}/p0017?side=zh&start=9&end=3`,
      `duizhao://doc/${PLAN}/p0017?side=zh&start=0&end=9&x=1`,
      `duizhao://doc/${PLAN}/p0017?side=zh&start=-1&end=9`,
      `duizhao://doc/${PLAN}/p0017#javascript:alert(1)`,
      `DUIZHAO://doc/${PLAN}/p0017`,
      `duizhao://doc/${PLAN}/p0017${'x'.repeat(400)}`,
      '',
    ]) {
      expect(parseDeepLink(url), url).toBeNull();
    }
  });
});

describe('a deep link among the arguments the app is started with', () => {
  it('is found, and a malformed one opens nothing', () => {
    expect(deepLinkInArgv(['/opt/Duizhao/duizhao', '--no-sandbox', `duizhao://doc/${PLAN}/p0017`])).toEqual({ documentId: PLAN, segmentKey: 'p0017' });
    expect(deepLinkInArgv(['/opt/Duizhao/duizhao', 'duizhao://doc/../../etc'])).toBeNull();
    expect(deepLinkInArgv(['/opt/Duizhao/duizhao', 'https://example.com'])).toBeNull();
  });
});
