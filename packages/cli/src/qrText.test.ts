import { qrMatrix } from '@awsmfa/core/qr';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeQrMatrix, parseQrText } from '../test/support/qr.js';
import { displayWidth } from './displayWidth.js';
import { renderQrText } from './qrText.js';

const uri =
  'otpauth://totp/Amazon%20Web%20Services:cli-user%40123456789012?secret=ABCDEFGHIJKLMNOPQRSTUVWXYZ234567ABCDEFGHIJKLMNOPQRSTUVWXYZ234567&issuer=Amazon%20Web%20Services&algorithm=SHA1&digits=6&period=30';

describe('renderQrText', () => {
  it('a phone camera (jsQR) reads the rendered code back to the same URI', () => {
    const text = renderQrText(qrMatrix(uri));
    expect(decodeQrMatrix(parseQrText(text))).toBe(uri);
  });

  it('colour codes pin white-on-black and change nothing else', () => {
    const plain = renderQrText(qrMatrix(uri));
    const colored = renderQrText(qrMatrix(uri), { color: true });
    expect(colored).toContain('\x1b[97;40m');
    expect(colored.replace(/\x1b\[[0-9;]*m/g, '')).toBe(plain);
    expect(decodeQrMatrix(parseQrText(colored))).toBe(uri);
  });

  it('uses only half blocks and spaces, with a light quiet zone on every side', () => {
    const matrix = qrMatrix(uri);
    const lines = renderQrText(matrix, { quietZone: 2 }).trimEnd().split('\n');
    expect(lines).toHaveLength(Math.ceil((matrix.length + 4) / 2));
    for (const line of lines) {
      expect(line).toMatch(/^[█▀▄ ]+$/);
      expect([...line]).toHaveLength(matrix.length + 4);
      expect(line.startsWith('██') && line.endsWith('██')).toBe(true);
    }
    expect(lines[0]).toBe('█'.repeat(matrix.length + 4));
  });

  it('centres the caption under the code by terminal columns, Japanese too', () => {
    const matrix = qrMatrix(uri);
    const width = matrix.length + 4;
    for (const caption of [
      'In your app: AWS (cli-user)',
      'アプリでの表示: AWS (cli-user)',
      'x'.repeat(width + 3),
    ]) {
      const lines = renderQrText(matrix, { caption }).trimEnd().split('\n');
      const last = lines.at(-1)!;
      expect(last.trimStart()).toBe(caption);
      const left = last.length - caption.length;
      const right = Math.max(0, width - left - displayWidth(caption));
      // Centred, or from the first column when wider than the code.
      expect(Math.abs(left - right)).toBeLessThanOrEqual(displayWidth(caption) > width ? 0 : 1);
      expect(decodeQrMatrix(parseQrText(lines.join('\n')))).toBe(uri);
    }
  });

  it('round-trips any module matrix through text, odd and even sizes', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 30 })
          .chain((n) =>
            fc.array(fc.array(fc.boolean(), { minLength: n, maxLength: n }), { minLength: n, maxLength: n }),
          ),
        fc.integer({ min: 0, max: 4 }),
        (matrix, quietZone) => {
          const back = parseQrTextLoose(renderQrText(matrix, { quietZone }));
          const inner = back
            .slice(quietZone, quietZone + matrix.length)
            .map((row) => row.slice(quietZone, quietZone + matrix.length));
          expect(inner).toEqual(matrix);
        },
      ),
    );
  });
});

/** parseQrText without its minimum line length, for tiny generated matrices. */
function parseQrTextLoose(text: string): boolean[][] {
  const map: Record<string, [boolean, boolean]> = {
    '█': [false, false],
    '▀': [false, true],
    '▄': [true, false],
    ' ': [true, true],
  };
  return text
    .replace(/\n$/, '')
    .split('\n')
    .flatMap((line) => {
      const chars = [...line];
      return [chars.map((c) => map[c]![0]), chars.map((c) => map[c]![1])];
    });
}
