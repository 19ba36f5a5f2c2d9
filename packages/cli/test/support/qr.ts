// Reads QR codes back, as a phone camera would: from awsmfa's terminal rendering and from PNG files.
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';

// jsqr is CommonJS with a TypeScript `export default`: under NodeNext the default import types as
// the module object, while at run time it may be the function itself or carry it as `.default`.
type JsQr = typeof import('jsqr')['default'];
const jsQR: JsQr =
  typeof jsQRModule === 'function'
    ? (jsQRModule as JsQr)
    : (jsQRModule as unknown as { default: JsQr }).default;

const blocks: Record<string, [boolean, boolean]> = {
  // [top light, bottom light]
  '█': [true, true],
  '▀': [true, false],
  '▄': [false, true],
  ' ': [false, false],
};

/**
 * Parses half-block QR text (as printed by awsmfa, colour codes allowed) back into modules,
 * `true` = dark, quiet zone included. Lines that are not QR rows are skipped, so a whole stderr works.
 */
export function parseQrText(text: string): boolean[][] {
  const plain = text.replace(/\x1b\[[0-9;]*m/g, '');
  const rows = plain
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .filter((line) => line.length > 20 && [...line].every((ch) => ch in blocks));
  const matrix: boolean[][] = [];
  for (const row of rows) {
    const chars = [...row];
    matrix.push(chars.map((ch) => !blocks[ch]![0]));
    matrix.push(chars.map((ch) => !blocks[ch]![1]));
  }
  return matrix;
}

/** Decodes a module matrix (`true` = dark) with jsQR, drawn 4 px per module on a white field. */
export function decodeQrMatrix(matrix: readonly (readonly boolean[])[]): string | undefined {
  const scale = 4;
  const margin = 4;
  const modules = Math.max(...matrix.map((row) => row.length));
  const size = (modules + 2 * margin) * scale;
  const height = (matrix.length + 2 * margin) * scale;
  const rgba = new Uint8ClampedArray(size * height * 4).fill(255);
  matrix.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const i = (((y + margin) * scale + dy) * size + (x + margin) * scale + dx) * 4;
          rgba[i] = rgba[i + 1] = rgba[i + 2] = 0;
        }
      }
    });
  });
  return jsQR(rgba, size, height)?.data;
}

/** Decodes the QR code in a PNG file's bytes. */
export function decodeQrPng(png: Buffer): string | undefined {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}
