import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES, runAlignCommand } from '../../../main/domain/alignment/alignCommand';
import { loadCedictLexicon } from '../../../main/domain/alignment/cedictLexicon';
import { tempDir } from '../../helpers/tempDir';

const ROOT = path.resolve(__dirname, '..', '..', '..');

function files(zh: string | Buffer, en: string | Buffer) {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'zh.txt'), zh);
  fs.writeFileSync(path.join(dir, 'en.txt'), en);
  return { dir, zh: path.join(dir, 'zh.txt'), en: path.join(dir, 'en.txt') };
}

const run = (...args: string[]) => runAlignCommand(args, loadCedictLexicon);

interface Output {
  zh: { text: string; line: number; start: number; end: number }[];
  en: { text: string; line: number; start: number; end: number }[];
  links: { zh: number[]; en: number[]; confidence: number }[];
}

describe('npm run align', () => {
  it('aligns files whose lines do not correspond, naming each sentence by line and offsets, each in exactly one link', () => {
    const zh = '\ufeff上海市卫生健康委员会今天举行新闻发布会。本市将新建5家医院。\n\n二、主要任务\n到2025年，人均预期寿命达到84岁。';
    const en = [
      'Home | News',
      'The Shanghai Municipal Health Commission held a press conference today.',
      'The city will build 5 new hospitals.',
      '2. Main tasks',
      'By 2025, average life expectancy will reach 84 years.',
    ].join('\r\n');
    const f = files(zh, en);
    const result = run('--zh', f.zh, '--en', f.en);
    expect(result.exitCode).toBe(0);
    const out = JSON.parse(result.stdout) as Output;
    const lines = { zh: zh.slice(1).split('\n'), en: en.split('\r\n') };
    for (const side of ['zh', 'en'] as const) {
      for (const s of out[side]) expect(lines[side][s.line].slice(s.start, s.end)).toBe(s.text);
      const used = out.links.flatMap((l) => l[side]).sort((a, b) => a - b);
      expect(used).toEqual(out[side].map((_, i) => i));
    }
    const pairs = out.links.map((l) => [l.zh.map((i) => out.zh[i].text).join(''), l.en.map((j) => out.en[j].text).join(' ')]);
    expect(pairs).toEqual([
      ['', 'Home | News'],
      ['上海市卫生健康委员会今天举行新闻发布会。', 'The Shanghai Municipal Health Commission held a press conference today.'],
      ['本市将新建5家医院。', 'The city will build 5 new hospitals.'],
      ['二、主要任务', '2. Main tasks'],
      ['到2025年，人均预期寿命达到84岁。', 'By 2025, average life expectancy will reach 84 years.'],
    ]);
    for (const link of out.links) expect(link.confidence).toBeGreaterThanOrEqual(0);
  });

  it('writes the result to --out', () => {
    const f = files('第一句。', 'The first sentence.');
    const out = path.join(f.dir, 'result.json');
    expect(run('--zh', f.zh, '--en', f.en, '--out', out)).toMatchObject({ exitCode: 0, stdout: '' });
    expect((JSON.parse(fs.readFileSync(out, 'utf8')) as Output).links).toHaveLength(1);
  });

  it.each([
    ['a missing file', () => ({ args: ['--zh', '/no/such/file.txt', '--en', '/no/such/other.txt'] }), /Chinese file .* does not exist/],
    ['binary data', () => { const f = files(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]), 'Text.'); return { args: ['--zh', f.zh, '--en', f.en] }; }, /Chinese file .* holds binary data/],
    ['an empty file', () => { const f = files('   \n\n', 'Text.'); return { args: ['--zh', f.zh, '--en', f.en] }; }, /Chinese file .* is empty/],
    ['GB18030 text', () => { const f = files(Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0xa1, 0xa3]), 'Text.'); return { args: ['--zh', f.zh, '--en', f.en] }; }, /is not UTF-8 text/],
    ['UTF-16 text', () => { const f = files(Buffer.from([0xff, 0xfe, 0x2d, 0x4e]), 'Text.'); return { args: ['--zh', f.zh, '--en', f.en] }; }, /is UTF-16 text/],
    ['a folder', () => { const f = files('一。', 'One.'); return { args: ['--zh', f.dir, '--en', f.en] }; }, /is a folder/],
  ])('refuses %s with a message and a non-zero exit', (_what, make, message) => {
    const result = run(...make().args);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/^align: /);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses binary data in a file that is valid UTF-8', () => {
    const f = files('第一句。\u0000\u0000\u0001', 'One.');
    expect(run('--zh', f.zh, '--en', f.en)).toMatchObject({ exitCode: 1, stderr: expect.stringMatching(/binary data/) });
  });

  it('refuses a 200 MB file before reading it', () => {
    const f = files('一。', 'One.');
    fs.truncateSync(f.en, 200 * 1024 * 1024);
    expect(MAX_INPUT_BYTES).toBeLessThan(200 * 1024 * 1024);
    expect(run('--zh', f.zh, '--en', f.en)).toMatchObject({ exitCode: 1, stderr: expect.stringMatching(/English file .* is 200\.0 MB; the limit is 20\.0 MB/) });
  });

  it('explains its usage when an option is missing or unknown', () => {
    expect(run('--zh', 'a.txt')).toMatchObject({ exitCode: 2, stderr: expect.stringMatching(/both --zh and --en are needed[\s\S]*Usage/) });
    expect(run('--zh', 'a.txt', '--en', 'b.txt', '--fast')).toMatchObject({ exitCode: 2, stderr: expect.stringMatching(/Unknown option '--fast'/) });
    expect(run('--help')).toMatchObject({ exitCode: 0, stdout: expect.stringMatching(/^Usage: npm run align/) });
  });

  it('runs as npm run align prints it: JSON on stdout, one line on stderr and exit 1 for bad input', () => {
    const f = files('本市将新建5家医院。', 'The city will build 5 new hospitals.');
    const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
    const json = JSON.parse(execFileSync(tsx, ['scripts/align.ts', '--zh', f.zh, '--en', f.en], { cwd: ROOT, encoding: 'utf8' })) as Output;
    expect(json.links).toEqual([{ zh: [0], en: [0], confidence: expect.any(Number) }]);
    const bad = spawnSync(tsx, ['scripts/align.ts', '--zh', path.join(f.dir, 'missing.txt'), '--en', f.en], { cwd: ROOT, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});
