import crypto from 'node:crypto';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** A file made in chunks (an annotation export), written as it is read. */
export interface ChunkedFile {
  fileName: string;
  mimeType: string;
  count: number;
  chunks: Iterable<string>;
}

/** How long the browser has to fetch a download it was handed: it asks at once. */
const DOWNLOAD_LIFETIME_MS = 60_000;

/**
 * Exports waiting for the browser host's browser to fetch them, each under a
 * ticket: a random name, good once and for a minute. The ticket in the address
 * is the download's only credential (a download link carries no token header),
 * so it is as unguessable as the launch token.
 */
export class PendingDownloads {
  private readonly pending = new Map<string, { file: ChunkedFile; expires: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  add(file: ChunkedFile): string {
    this.prune();
    const ticket = crypto.randomBytes(32).toString('base64url');
    this.pending.set(ticket, { file, expires: this.now() + DOWNLOAD_LIFETIME_MS });
    return ticket;
  }

  /** The file under the ticket, which is then spent; null for an unknown, spent or stale one. */
  take(ticket: string): ChunkedFile | null {
    this.prune();
    const entry = this.pending.get(ticket);
    this.pending.delete(ticket);
    return entry?.file ?? null;
  }

  private prune(): void {
    for (const [ticket, { expires }] of this.pending) if (expires <= this.now()) this.pending.delete(ticket);
  }
}

/** Writes the chunks to `destination` as it drains: at most a chunk or two is held at a time. */
export function writeChunkedFile(file: ChunkedFile, destination: Writable): Promise<void> {
  return pipeline(Readable.from(file.chunks, { objectMode: false }), destination);
}
