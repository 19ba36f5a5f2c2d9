import QRCode from 'qrcode';
import { AwsMfaError } from '../errors.js';
import { enrollText } from '../messages/en/enroll.js';
import { writeFileAtomic } from '../profiles/writeFileAtomic.js';

/** A QR code as rows of modules, `true` = dark; no quiet zone. */
export type QrMatrix = boolean[][];

/**
 * The QR code modules for `text` (low error correction: a terminal or file copy is undamaged, and
 * a smaller code fits an 80×24 terminal). Rendering is the caller's business.
 *
 * @example qrMatrix('otpauth://totp/…').length // 45 for a typical AWS URI
 */
export function qrMatrix(text: string): QrMatrix {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'L' });
  const rows: QrMatrix = [];
  for (let y = 0; y < modules.size; y++) {
    const row: boolean[] = [];
    for (let x = 0; x < modules.size; x++) row.push(modules.get(y, x) === 1);
    rows.push(row);
  }
  return rows;
}

/**
 * Writes `text` as a QR code PNG to `file` with mode 0600, atomically (writeFileAtomic), since it
 * carries the device's seed. Throws FILE_ERROR naming the file.
 */
export async function writeQrPng(file: string, text: string): Promise<void> {
  const png = await QRCode.toBuffer(text, { type: 'png', errorCorrectionLevel: 'M', margin: 4, scale: 8 });
  try {
    await writeFileAtomic(file, png, { mode: 0o600 });
  } catch (error) {
    throw new AwsMfaError('FILE_ERROR', enrollText.cannotWriteQr({ file, error: (error as Error).message }), {
      hint: enrollText.cannotWriteQrHint(),
      cause: error,
    });
  }
}
