import mammoth from 'mammoth';
import { parseXmlSubset } from '../../alignment/xmlSubset';
import type { ParsedFile, ParseOptions } from '../importModel';
import { parsedHtml } from './blocksToParsed';
import { readHtml } from './htmlText';
import { refusal } from './refusal';
import { readZipEntry, zipEntries } from './zipArchive';

/** Word's headings as HTML headings; the title style opens the document. Style names match in any case. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='heading 1'] => h1:fresh",
  "p[style-name='heading 2'] => h2:fresh",
  "p[style-name='heading 3'] => h3:fresh",
  "p[style-name='heading 4'] => h4:fresh",
];

/** Pictures carry no text to read: they are never unpacked. */
const NO_IMAGES = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/**
 * A Word document: its zip is checked first (directory, declared sizes, then
 * every part but the pictures unpacked within its declared size and checked
 * against its CRC), then mammoth turns it into HTML, read like any page.
 */
export async function parseDocx(bytes: Uint8Array, options: ParseOptions): Promise<ParsedFile> {
  const entries = zipEntries(bytes);
  if (!entries.some((entry) => entry.name === 'word/document.xml')) throw refusal('docx-corrupt', 'The zip holds no word/document.xml: it is not a Word document');
  const parts = entries.filter((entry) => !entry.name.endsWith('/') && !entry.name.startsWith('word/media/'));
  let core: Buffer | null = null;
  for (const entry of parts) {
    const content = readZipEntry(bytes, entry);
    if (entry.name === 'docProps/core.xml') core = content;
  }
  options.onProgress?.(1, 3);
  options.signal?.throwIfAborted();
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { styleMap: STYLE_MAP, convertImage: NO_IMAGES, externalFileAccess: false, ignoreEmptyParagraphs: true },
    );
    html = result.value;
  } catch (error) {
    throw refusal('docx-corrupt', `Word could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  options.onProgress?.(2, 3);
  options.signal?.throwIfAborted();
  const content = readHtml(html);
  const parsed = parsedHtml('docx', { ...content, title: core ? coreTitle(core) : null });
  if (!parsed) throw refusal('file-empty', 'The Word document holds no text');
  options.onProgress?.(3, 3);
  return parsed;
}

/** dc:title of the document's properties, when it has one worth showing. */
function coreTitle(core: Buffer): string | null {
  try {
    const root = parseXmlSubset(core.toString('utf8'), { maxCharacters: 1024 * 1024 });
    const title = root.children.find((child) => typeof child !== 'string' && child.name === 'dc:title');
    if (!title || typeof title === 'string') return null;
    const text = title.children.filter((child) => typeof child === 'string').join('').trim().normalize('NFC');
    return text === '' ? null : text;
  } catch {
    return null;
  }
}
