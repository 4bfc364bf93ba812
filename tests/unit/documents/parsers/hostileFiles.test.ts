import zlib from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ErrorReason } from '../../../../contract/result';
import type { ImportFormat } from '../../../../main/domain/documents/importModel';
import { IMPORT_SIZE_LIMITS_MB, parseImportFile } from '../../../../main/domain/documents/parsers';
import { expectRefused, fixture } from './fixtureFiles';

afterEach(() => vi.restoreAllMocks());

// Every parser is driven the same way: the file as the user chose it, the reason the user reads.
const HOSTILE: [string, ErrorReason][] = [
  ['empty.txt', 'file-empty'],
  ['png-renamed.txt', 'file-binary'],
  ['unknown-encoding.txt', 'file-encoding-unknown'],
  ['truncated.docx', 'docx-corrupt'],
  ['corrupt.docx', 'docx-corrupt'],
  ['bomb.docx', 'docx-too-expanded'],
  ['truncated.pdf', 'pdf-corrupt'],
  ['encrypted.pdf', 'pdf-encrypted'],
  ['scanned.pdf', 'pdf-no-text'],
  ['malformed.tmx', 'tmx-malformed'],
  ['billion-laughs.tmx', 'tmx-entities'],
  ['no-text.html', 'html-no-text'],
];

describe('a hostile or unreadable file is refused with the reason the user reads, and nothing is made of it', () => {
  it.each(HOSTILE)('%s: %s', async (name, reason) => {
    const progress = vi.fn();
    await expectRefused(parseImportFile(fixture(name), { onProgress: progress }), reason);
    if (reason !== 'pdf-no-text') expect(progress).not.toHaveBeenCalled();
  });

  it('refuses a zip bomb on its declared sizes, before unpacking any part of it', async () => {
    const inflate = vi.spyOn(zlib, 'inflateRawSync');
    await expectRefused(parseImportFile(fixture('bomb.docx')), 'docx-too-expanded');
    expect(inflate).not.toHaveBeenCalled();
  });

  it('refuses a billion-laughs TMX without expanding an entity', async () => {
    const error = await expectRefused(parseImportFile(fixture('billion-laughs.tmx')), 'tmx-entities');
    expect(error.message).toMatch(/DOCTYPE/);
  });

  it.each(Object.entries(IMPORT_SIZE_LIMITS_MB) as [ImportFormat, number][])('refuses a %s file over its %i MB limit before reading it, and says the limit', async (format, limitMb) => {
    const bytes = new Uint8Array(limitMb * 1024 * 1024 + 1);
    const head = { pdf: '%PDF-1.7\n', docx: 'PK\u0003\u0004' }[format as 'pdf' | 'docx'] ?? 'Text ';
    bytes.set(new TextEncoder().encode(head));
    const error = await expectRefused(parseImportFile({ name: `big.${format}`, bytes }), 'file-too-large');
    expect(error.details?.values).toEqual({ limitMb });
  });

  it('refuses a PDF, a zip or a program named as text as binary', async () => {
    const pdf = fixture('policy-en.pdf').bytes;
    await expectRefused(parseImportFile({ name: 'notes.txt', bytes: pdf }), 'file-binary');
    await expectRefused(parseImportFile({ name: 'notes.md', bytes: fixture('policy-en.docx').bytes }), 'file-binary');
    await expectRefused(parseImportFile({ name: 'page.html', bytes: new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]) }), 'file-binary');
  });

  it('refuses text full of control characters as binary', async () => {
    const bytes = new Uint8Array(400).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    await expectRefused(parseImportFile({ name: 'data.txt', bytes }), 'file-binary');
  });

  it('refuses formats it does not read, and reads a known one whatever its name', async () => {
    await expectRefused(parseImportFile({ name: 'report.doc', bytes: new TextEncoder().encode('plain words') }), 'file-format-unsupported');
    const parsed = await parseImportFile({ name: 'download', bytes: fixture('policy-en.pdf').bytes });
    expect(parsed.format).toBe('pdf');
  });

  it('refuses a Word or PDF file that is not one', async () => {
    await expectRefused(parseImportFile({ name: 'report.docx', bytes: new TextEncoder().encode('not a zip at all') }), 'docx-corrupt');
    await expectRefused(parseImportFile({ name: 'report.pdf', bytes: new TextEncoder().encode('not a pdf at all') }), 'pdf-corrupt');
  });
});

describe('a page full of script and style comes out as its visible words only', () => {
  it('keeps no tag, attribute, script, style, URL or handler of xss.html', async () => {
    const parsed = await parseImportFile(fixture('xss.html'));
    const texts = parsed.shape === 'text' ? [parsed.title ?? '', ...parsed.blocks.map((block) => block.text)] : [];
    const all = texts.join('\n');
    for (const marker of ['javascript:', 'onerror', 'onload', 'onmouseover', 'expression(', 'srcdoc', '<script', '<svg', '<iframe', 'refresh', 'hidden', 'styled away', "alert('head", 'svg script', 'unclosed']) {
      expect(all).not.toContain(marker);
    }
    expect(texts).toEqual([
      'Safe title',
      'Visible heading',
      'First visible link words.',
      'Second visible words.',
      // Escaped markup is the page's visible text, and stays text.
      'Third visible words <b> stay as text.',
      "ipt>alert('split')",
      'Fourth visible words.',
      'Unclosed',
    ]);
  });
});

describe('a page nested absurdly deep is refused before it is parsed', () => {
  it('refuses 200,000 unclosed <div>s, saying the limit, and reads a page nested 500 deep', async () => {
    const deep = new TextEncoder().encode(`<html><body>${'<div>'.repeat(200_000)}words</body></html>`);
    await expectRefused(parseImportFile({ name: 'deep.html', bytes: deep }), 'html-too-deep');
    const nested = new TextEncoder().encode(`<html><body>${'<div><p>'.repeat(500)}Deep words.${'</p></div>'.repeat(500)}</body></html>`);
    const parsed = await parseImportFile({ name: 'nested.html', bytes: nested });
    expect(parsed.shape === 'text' && parsed.blocks.map((b) => b.text)).toEqual(['Deep words.']);
  });
});
