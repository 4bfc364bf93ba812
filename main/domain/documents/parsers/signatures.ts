/** What the first bytes of a file say it is, whatever its name says. */
export type SniffedKind = 'zip' | 'pdf' | 'binary' | 'unknown';

const BINARY_SIGNATURES: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x4d, 0x5a, 0x90, 0x00], // Windows executable
  [0xcf, 0xfa, 0xed, 0xfe], // Mach-O
  [0x1f, 0x8b], // gzip
  [0x42, 0x5a, 0x68], // bzip2
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x52, 0x61, 0x72, 0x21], // RAR
  [0xd0, 0xcf, 0x11, 0xe0], // OLE2: .doc, .xls
  [0x00, 0x61, 0x73, 0x6d], // WebAssembly
  [0x25, 0x21, 0x50, 0x53], // PostScript
];

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  bytes.length >= at + signature.length && signature.every((byte, i) => bytes[at + i] === byte);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** PDF readers accept the header anywhere in the first kilobyte. */
function pdfHeaderAt(bytes: Uint8Array): number {
  const end = Math.min(bytes.length, 1024);
  for (let i = 0; i + PDF.length <= end; i += 1) if (startsWith(bytes, PDF, i)) return i;
  return -1;
}

export function sniff(bytes: Uint8Array): SniffedKind {
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return 'zip';
  if (pdfHeaderAt(bytes) >= 0) return 'pdf';
  if (BINARY_SIGNATURES.some((signature) => startsWith(bytes, signature))) return 'binary';
  return 'unknown';
}
