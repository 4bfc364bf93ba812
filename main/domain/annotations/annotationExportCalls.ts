import type { ApiHandlers } from '../../../contract/api';
import type { AnnotationFilter, ExportFormat } from '../../../contract/annotations';
import type { UiLanguage } from '../../../contract/languages';
import type { DocumentSummary, Segment } from '../../../contract/model';
import type { SentenceCounterparts } from './annotationCounterpart';
import type { ChunkedFile, PendingDownloads } from '../exportDownloads';
import { streamAnnotationExport, type StreamedExport } from './annotationExport';
import type { AnnotationService } from './annotationService';

/**
 * Saves an export where the user chooses, in the Electron shell: main shows its
 * save dialog and writes the chunks there, so no path crosses IPC. Answers the
 * chosen file's name, or null when the dialog was cancelled.
 */
export type SaveExportFile = (file: ChunkedFile) => Promise<{ fileName: string } | null>;

interface AnnotationExportDeps {
  annotations: () => AnnotationService;
  /** The library as it is now (made anew when a backup is restored). */
  library: () => {
    listDocuments(): DocumentSummary[];
    getSegment(segmentId: string): (Segment & { documentId: string }) | null;
    readonly sentences: SentenceCounterparts;
  };
  appVersion?: string;
  downloads: PendingDownloads;
  saveExportFile?: SaveExportFile;
}

type ExportRequest = { format: ExportFormat; language: UiLanguage; filter?: AnnotationFilter };

/** The annotation export calls: the whole file as a string (small exports, tests), or streamed to a file. */
export function annotationExportHandlers(deps: AnnotationExportDeps): Pick<ApiHandlers, 'exportAnnotations' | 'exportAnnotationsToFile'> {
  const open = ({ format, language, filter }: ExportRequest): StreamedExport => {
    const annotations = deps.annotations();
    const library = deps.library();
    return streamAnnotationExport(format, annotations.recordPages(filter), {
      documents: library.listDocuments(),
      segmentOf: (segmentId) => library.getSegment(segmentId),
      sentences: library.sentences,
      language,
      generated: new Date(),
      generator: `Duizhao ${deps.appVersion ?? ''}`.trim(),
      deletions: format === 'w3c-json' ? annotations.deletions(filter) : [],
    });
  };
  return {
    exportAnnotations: (request) => {
      const { chunks, ...file } = open(request);
      return { ...file, content: [...chunks].join('') };
    },
    exportAnnotationsToFile: async (request) => {
      const file = open(request);
      if (!deps.saveExportFile) {
        // The browser host: the browser fetches it from a one-time address and saves it as it arrives.
        return { delivery: 'download', url: `/downloads/${deps.downloads.add(file)}`, fileName: file.fileName, count: file.count };
      }
      const saved = await deps.saveExportFile(file);
      return saved ? { delivery: 'saved', fileName: saved.fileName, count: file.count } : { delivery: 'cancelled' };
    },
  };
}
