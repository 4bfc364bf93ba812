// Reads the sizes out of PNG, ICO and ICNS files, checking each one's format
// on the way, so that a renamed file of the wrong kind fails the icon tests.

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function pngSize(data: Buffer): { width: number; height: number } {
  if (!data.subarray(0, 8).equals(PNG_SIGNATURE) || data.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/** The square sizes an .ico holds; each image must be a PNG or a BMP of the size its entry says. */
export function icoSizes(data: Buffer): number[] {
  if (data.readUInt16LE(0) !== 0 || data.readUInt16LE(2) !== 1) throw new Error('not an ICO');
  const count = data.readUInt16LE(4);
  return Array.from({ length: count }, (_, i) => {
    const entry = 6 + i * 16;
    const width = data[entry] || 256;
    const height = data[entry + 1] || 256;
    const size = data.readUInt32LE(entry + 8);
    const offset = data.readUInt32LE(entry + 12);
    const image = data.subarray(offset, offset + size);
    const actual = image.subarray(0, 8).equals(PNG_SIGNATURE)
      ? pngSize(image)
      : { width: image.readInt32LE(4), height: image.readInt32LE(8) / 2 }; // BITMAPINFOHEADER: height counts the mask too
    if (image.length !== size || actual.width !== width || actual.height !== height || width !== height) throw new Error(`ICO entry ${i} is damaged`);
    return width;
  });
}

/** Pixel size of each ICNS element type that holds an image (masks excluded). */
const ICNS_TYPES: Record<string, number> = {
  is32: 16, il32: 32, ih32: 48, it32: 128,
  icp4: 16, icp5: 32, icp6: 64, ic07: 128, ic08: 256, ic09: 512, ic10: 1024,
  ic11: 32, ic12: 64, ic13: 256, ic14: 512,
};
const JPEG2000_SIGNATURE = Buffer.from([0x00, 0x00, 0x00, 0x0c, 0x6a, 0x50, 0x20, 0x20]);

/** The pixel sizes an .icns holds; the large ones must be PNG or JPEG 2000, as macOS reads them. */
export function icnsSizes(data: Buffer): number[] {
  if (data.toString('latin1', 0, 4) !== 'icns' || data.readUInt32BE(4) !== data.length) throw new Error('not an ICNS');
  const sizes: number[] = [];
  for (let at = 8; at < data.length; ) {
    const type = data.toString('latin1', at, at + 4);
    const length = data.readUInt32BE(at + 4);
    if (length < 8 || at + length > data.length) throw new Error(`ICNS element ${type} is damaged`);
    const payload = data.subarray(at + 8, at + length);
    if (/^ic(0[7-9]|1[0-4])$/.test(type)) {
      const png = payload.subarray(0, 8).equals(PNG_SIGNATURE);
      if (!png && !payload.subarray(0, 8).equals(JPEG2000_SIGNATURE)) throw new Error(`ICNS element ${type} is neither PNG nor JPEG 2000`);
      if (png && pngSize(payload).width !== ICNS_TYPES[type]) throw new Error(`ICNS element ${type} has the wrong size`);
    }
    if (type in ICNS_TYPES) sizes.push(ICNS_TYPES[type]);
    at += length;
  }
  return sizes;
}
