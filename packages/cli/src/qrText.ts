import { displayWidth } from './displayWidth.js';

/** Options of renderQrText. */
export interface QrTextOptions {
  /** Light modules around the code; readers want a light border (the standard's is 4). Default 2. */
  quietZone?: number;
  /** Pin the colours (bright white on black) so the code reads the same on light and dark terminal themes. */
  color?: boolean;
  /** A line under the code, centred on it by terminal columns (displayWidth: full-width characters take two). */
  caption?: string;
}

/**
 * Renders a QR module matrix (`true` = dark) for a terminal with half blocks, two module rows per
 * line: `█` both light, `▀` top light, `▄` bottom light, space both dark. Light modules are
 * the ink because terminals draw light text on a dark background, which gives a camera the
 * dark-on-light code it expects; `color` enforces that pairing on light themes too.
 *
 * @example renderQrText(qrMatrix(uri), { color: useColor(terminal) })
 */
export function renderQrText(matrix: readonly (readonly boolean[])[], options: QrTextOptions = {}): string {
  const quiet = options.quietZone ?? 2;
  const size = matrix.length;
  const width = size + 2 * quiet;
  const light = (x: number, y: number) => {
    const mx = x - quiet;
    const my = y - quiet;
    if (mx < 0 || my < 0 || mx >= size || my >= size) return true;
    return matrix[my]?.[mx] !== true;
  };
  const lines: string[] = [];
  for (let y = 0; y < width; y += 2) {
    let line = '';
    for (let x = 0; x < width; x++) {
      const top = light(x, y);
      // An odd width leaves the last line half empty; the missing row counts as quiet zone.
      const bottom = y + 1 < width ? light(x, y + 1) : true;
      line += top ? (bottom ? '█' : '▀') : bottom ? '▄' : ' ';
    }
    lines.push(options.color ? `\x1b[97;40m${line}\x1b[0m` : line);
  }
  if (options.caption !== undefined) {
    lines.push(
      ' '.repeat(Math.max(0, Math.floor((width - displayWidth(options.caption)) / 2))) + options.caption,
    );
  }
  return `${lines.join('\n')}\n`;
}
