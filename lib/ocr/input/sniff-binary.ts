// Recognises common binary formats by their magic numbers, so a page image or
// a PDF dropped in by mistake gets a plain "this is a PNG image" instead of a
// decoding error.

interface Magic {
  kind: string;
  kindZh: string;
  bytes: readonly number[];
  offset?: number;
}

const MAGICS: readonly Magic[] = [
  {
    kind: "a PNG image",
    kindZh: "PNG 图片",
    bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  },
  { kind: "a JPEG image", kindZh: "JPEG 图片", bytes: [0xff, 0xd8, 0xff] },
  { kind: "a GIF image", kindZh: "GIF 图片", bytes: [0x47, 0x49, 0x46, 0x38] },
  {
    kind: "a TIFF image",
    kindZh: "TIFF 图片",
    bytes: [0x49, 0x49, 0x2a, 0x00],
  },
  {
    kind: "a TIFF image",
    kindZh: "TIFF 图片",
    bytes: [0x4d, 0x4d, 0x00, 0x2a],
  },
  {
    kind: "a JPEG 2000 image",
    kindZh: "JPEG 2000 图片",
    bytes: [0x00, 0x00, 0x00, 0x0c, 0x6a, 0x50, 0x20, 0x20],
  },
  {
    kind: "a WebP image",
    kindZh: "WebP 图片",
    bytes: [0x57, 0x45, 0x42, 0x50],
    offset: 8,
  },
  {
    kind: "a PDF document",
    kindZh: "PDF 文档",
    bytes: [0x25, 0x50, 0x44, 0x46, 0x2d],
  },
  {
    kind: "a zip archive",
    kindZh: "zip 压缩包",
    bytes: [0x50, 0x4b, 0x03, 0x04],
  },
  {
    kind: "a zip archive",
    kindZh: "zip 压缩包",
    bytes: [0x50, 0x4b, 0x05, 0x06],
  },
  { kind: "a gzip archive", kindZh: "gzip 压缩包", bytes: [0x1f, 0x8b] },
  {
    kind: "a 7-Zip archive",
    kindZh: "7-Zip 压缩包",
    bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c],
  },
  {
    kind: "a RAR archive",
    kindZh: "RAR 压缩包",
    bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07],
  },
  {
    kind: "a Microsoft Office file",
    kindZh: "Office 文档",
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
  },
];

/** What binary format the bytes are, in English and Chinese, or null if none we know. */
export function sniffBinary(
  bytes: Uint8Array,
): { kind: string; kindZh: string } | null {
  for (const magic of MAGICS) {
    const offset = magic.offset ?? 0;
    if (bytes.length < offset + magic.bytes.length) continue;
    if (magic.bytes.every((b, i) => bytes[offset + i] === b))
      return { kind: magic.kind, kindZh: magic.kindZh };
  }
  return null;
}

/** A zip archive (local file header or the empty-archive end record). */
export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    (bytes[2] === 0x03 || bytes[2] === 0x05)
  );
}
