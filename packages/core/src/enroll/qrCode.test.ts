import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeQrPng } from './qrCode.js';

const uri = 'otpauth://totp/alice@123456789012?secret=JBSWY3DPEHPK3PXP&issuer=Amazon%20Web%20Services';

describe('writeQrPng', () => {
  it('writes a PNG with mode 0600 and leaves no temporary file behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'awsmfa-qr-'));
    const file = join(dir, 'device.png');
    await writeQrPng(file, uri);
    expect(readFileSync(file).subarray(1, 4).toString('ascii')).toBe('PNG');
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['device.png']);
  });

  it('is not blocked by a temporary file a crashed earlier run of the same pid left behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'awsmfa-qr-'));
    const file = join(dir, 'device.png');
    // The old temporary name was `.<name>.<pid>.tmp`: a leftover made every later write fail (EEXIST).
    writeFileSync(join(dir, `.device.png.${process.pid}.tmp`), 'left over');
    await writeQrPng(file, uri);
    expect(readFileSync(file).subarray(1, 4).toString('ascii')).toBe('PNG');
  });

  it('names the file, not the seed, when it cannot write', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'awsmfa-qr-'));
    const file = join(dir, 'missing', 'device.png');
    const error = await writeQrPng(file, uri).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'FILE_ERROR' });
    expect((error as Error).message).toContain(file);
    expect((error as Error).message).not.toContain('JBSWY3DPEHPK3PXP');
  });
});
