// npm run bench:briefing — what a briefing pack of 100 quote cards from the
// bundled corpus costs (issue #12): checking every card against today's corpus,
// and exporting it as DOCX, Markdown, print HTML and, through Chromium's print
// of that HTML (the browser host's print path), PDF. Medians of several runs.
// A benchmark: it prints, it asserts nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import type { Pack, PackExportFile, PackLayout, QuoteSource } from '../../contract/packs';
import { createBackend, type Backend } from '../../main/domain/backend';
import { buildCorpusDatabase } from '../../main/domain/corpus/corpusDatabase';
import { loadCorpusSources } from '../../main/domain/corpus/corpusSource';
import { median } from './timing';

const ROOT = path.resolve(__dirname, '..', '..');
const CARDS = 100;
const SECTIONS = 4;

/** 100 paragraphs of the five documents, every other one quoted in Chinese, in four sections with a point and a Q&A each. */
async function hundredCardPack(backend: Backend): Promise<Pack> {
  const sources: QuoteSource[] = [];
  for (const summary of backend.handlers.listDocuments({}) as { id: string }[]) {
    const document = await backend.handlers.getDocument({ documentId: summary.id });
    for (const segment of document.segments) {
      if (segment.zh && segment.en && segment.kind !== 'heading') sources.push({ kind: 'paragraph', segmentId: segment.id, side: sources.length % 2 ? 'zh' : 'en' });
    }
  }
  let pack = await backend.handlers.createPack({ title: 'Healthy China 2030: press briefing', occasion: 'Benchmark', date: '2026-12-03' });
  const perSection = CARDS / SECTIONS;
  for (let s = 0; s < SECTIONS; s++) {
    if (s > 0) pack = await backend.handlers.editPack({ id: pack.id, edit: { op: 'add-section', title: `Section ${s + 1}` } });
    const sectionId = pack.sections[s].id;
    pack = await backend.handlers.addQuotes({ packId: pack.id, sectionId, sources: sources.slice(s * perSection, (s + 1) * perSection) });
    const cites = pack.sections[s].items.slice(0, 2).map((item) => item.id);
    pack = await backend.handlers.editPack({ id: pack.id, edit: { op: 'add-point', sectionId, text: 'Health comes first in every policy.' } });
    pack = await backend.handlers.editPack({ id: pack.id, edit: { op: 'add-question', sectionId, question: 'What changes for patients?', answer: 'See the quotes cited.', cites } });
  }
  return pack;
}

async function main(): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-bench-'));
  const corpusFile = path.join(work, 'corpus.sqlite');
  buildCorpusDatabase(loadCorpusSources(path.join(ROOT, 'resources', 'corpus')), corpusFile);
  const backend = createBackend({ userDataDir: path.join(work, 'user'), corpusFile, systemLanguage: 'en', appVersion: 'bench' });
  const pack = await hundredCardPack(backend);
  const cards = pack.sections.flatMap((s) => s.items).filter((i) => i.kind === 'quote').length;
  const exportAs = (format: 'docx' | 'markdown' | 'html', layout: PackLayout = 'bilingual') =>
    backend.handlers.exportPack({ id: pack.id, format, layout, language: 'en' }) as Promise<PackExportFile>;

  console.log(`Duizhao briefing benchmark: a pack of ${cards} quote cards from the bundled corpus; node ${process.version}, ${os.cpus().length} cores\n`);
  console.log('| what | median | target |\n| --- | --- | --- |');
  const row = (what: string, ms: number, target: string) => console.log(`| ${what} | ${ms.toFixed(1)} ms | ${target} |`);
  row('check every card against the corpus (checkPack)', await median(9, () => backend.handlers.checkPack({ id: pack.id })), '≤ 200 ms');
  row('DOCX, bilingual table (check + render + zip)', await median(5, () => exportAs('docx')), '≤ 2 s');
  row('DOCX, Chinese only', await median(5, () => exportAs('docx', 'zh')), '≤ 2 s');
  row('Markdown, bilingual (check + render)', await median(9, () => exportAs('markdown')), '≤ 200 ms');
  row('print HTML, bilingual (check + render)', await median(9, () => exportAs('html')), '—');

  const html = Buffer.from((await exportAs('html')).contentBase64, 'base64').toString('utf8');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  let pdfBytes = 0;
  try {
    const page = await browser.newPage();
    const pdfMs = await median(3, async () => {
      await page.setContent(html);
      pdfBytes = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).length;
    });
    row("PDF: Chromium's print of the HTML (browser host's path; launch not counted)", pdfMs, '≤ 5 s');
  } finally {
    await browser.close();
  }
  const sizes = await Promise.all((['docx', 'markdown', 'html'] as const).map(async (f) => `${f} ${(Buffer.from((await exportAs(f)).contentBase64, 'base64').length / 1024).toFixed(0)} KiB`));
  console.log(`\nfile sizes: ${sizes.join(', ')}, pdf ${(pdfBytes / 1024).toFixed(0)} KiB`);
  console.log("Electron's printToPDF (the app's PDF export) is not measured here: this machine has no Electron binary; it prints the same HTML with the same Chromium engine.");
  backend.close();
  fs.rmSync(work, { recursive: true, force: true });
}

void main();
