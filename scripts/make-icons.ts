/**
 * Draws the Teams app icons into `appPackage/`: `color.png` (192×192, white signpost on the accent
 * colour) and `outline.png` (32×32, white signpost on transparent, as Teams requires).
 *
 * Only Node: shapes are sampled 4×4 per pixel for smooth edges and written by a minimal PNG encoder
 * (zlib for the IDAT stream, our own CRC-32), so no native image library or downloaded binary is needed.
 *
 * @example npm run icons
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';

/** The colour icon's background; `appPackage/manifest.json` uses it as `accentColor` (a test keeps them equal). */
export const accentColor = '#0E7C86';

/** An RGBA image, 8 bits per channel, rows top to bottom. */
export type RgbaImage = { readonly width: number; readonly height: number; readonly pixels: Uint8Array };

type Point = readonly [number, number];

/** The signpost in unit coordinates (0..1 on both axes): a pole, a sign pointing right, one pointing left, a foot. */
const signpost: readonly (readonly Point[])[] = [
  [
    [0.455, 0.14],
    [0.545, 0.14],
    [0.545, 0.88],
    [0.455, 0.88],
  ],
  [
    [0.16, 0.2],
    [0.7, 0.2],
    [0.84, 0.33],
    [0.7, 0.46],
    [0.16, 0.46],
  ],
  [
    [0.84, 0.52],
    [0.3, 0.52],
    [0.16, 0.64],
    [0.3, 0.76],
    [0.84, 0.76],
  ],
  [
    [0.33, 0.86],
    [0.67, 0.86],
    [0.67, 0.92],
    [0.33, 0.92],
  ],
];

/** True when the point lies inside the convex polygon (vertices in either winding order). */
function insideConvex(polygon: readonly Point[], x: number, y: number): boolean {
  let sign = 0;
  for (let index = 0; index < polygon.length; index += 1) {
    const [ax, ay] = polygon[index]!;
    const [bx, by] = polygon[(index + 1) % polygon.length]!;
    const cross = (bx - ax) * (y - ay) - (by - ay) * (x - ax);
    if (cross !== 0) {
      if (sign === 0) sign = Math.sign(cross);
      else if (Math.sign(cross) !== sign) return false;
    }
  }
  return true;
}

/** Share (0..1) of a pixel covered by the signpost drawn inside `[margin, 1 - margin]` of the image. */
function coverage(size: number, margin: number, column: number, row: number): number {
  const samples = 4;
  let hits = 0;
  for (let sy = 0; sy < samples; sy += 1) {
    for (let sx = 0; sx < samples; sx += 1) {
      const x = ((column + (sx + 0.5) / samples) / size - margin) / (1 - 2 * margin);
      const y = ((row + (sy + 0.5) / samples) / size - margin) / (1 - 2 * margin);
      if (signpost.some((polygon) => insideConvex(polygon, x, y))) hits += 1;
    }
  }
  return hits / (samples * samples);
}

function hexToRgb(hex: string): readonly [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

/** The 192×192 colour icon: the white signpost in the central safe area on a solid accent background. */
export function drawColorIcon(size = 192): RgbaImage {
  const [red, green, blue] = hexToRgb(accentColor);
  const pixels = new Uint8Array(size * size * 4);
  for (let row = 0; row < size; row += 1) {
    for (let column = 0; column < size; column += 1) {
      const share = coverage(size, 0.2, column, row);
      const offset = (row * size + column) * 4;
      pixels[offset] = Math.round(red + (255 - red) * share);
      pixels[offset + 1] = Math.round(green + (255 - green) * share);
      pixels[offset + 2] = Math.round(blue + (255 - blue) * share);
      pixels[offset + 3] = 255;
    }
  }
  return { width: size, height: size, pixels };
}

/** The 32×32 outline icon: white only, the shape's coverage in the alpha channel, transparent elsewhere. */
export function drawOutlineIcon(size = 32): RgbaImage {
  const pixels = new Uint8Array(size * size * 4);
  for (let row = 0; row < size; row += 1) {
    for (let column = 0; column < size; column += 1) {
      const alpha = Math.round(coverage(size, 0.03, column, row) * 255);
      const offset = (row * size + column) * 4;
      // Fully transparent pixels stay 0,0,0,0; any visible pixel is pure white.
      if (alpha > 0) pixels.set([255, 255, 255, alpha], offset);
    }
  }
  return { width: size, height: size, pixels };
}

const crcTable = Array.from({ length: 256 }, (_, index) => {
  let value = index;
  for (let bit = 0; bit < 8; bit += 1) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
  return value >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes an RGBA image as a PNG (colour type 6, 8-bit, no interlace, filter 0 on every row). */
export function encodePng({ width, height, pixels }: RgbaImage): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rowLength = width * 4;
  const raw = Buffer.alloc((rowLength + 1) * height);
  for (let row = 0; row < height; row += 1) {
    raw[row * (rowLength + 1)] = 0;
    raw.set(pixels.subarray(row * rowLength, (row + 1) * rowLength), row * (rowLength + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** Writes both icons into the given folder. */
export function writeIcons(folder = fileURLToPath(new URL('../appPackage/', import.meta.url))): void {
  writeFileSync(`${folder}/color.png`, encodePng(drawColorIcon()));
  writeFileSync(`${folder}/outline.png`, encodePng(drawOutlineIcon()));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeIcons();
  console.log('Wrote appPackage/color.png (192×192) and appPackage/outline.png (32×32)');
}
