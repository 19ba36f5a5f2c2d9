import { describe, expect, it } from 'vitest';
import { resolveCodeSource } from './codeSource.js';
import { runMfaProcess } from './runMfaProcess.js';
import { profileFixture, serial } from './testing/fixtures.js';

const prompt = async () => '444444';

describe('resolveCodeSource', () => {
  it('order: --code, AWSMFA_CODE, mfa_process, prompt', async () => {
    const profile = profileFixture({ mfaProcess: 'echo 333333' });
    const all = { env: { AWSMFA_CODE: '222222' }, profile, prompt };
    expect(resolveCodeSource({ ...all, code: '111111' })).toMatchObject({
      origin: '--code',
      renewable: false,
    });
    expect(resolveCodeSource(all)).toMatchObject({ origin: 'AWSMFA_CODE', renewable: false });
    const fromProcess = resolveCodeSource({ ...all, env: {} });
    expect(fromProcess).toMatchObject({ origin: { english: 'mfa_process of profile dev' }, renewable: true });
    expect(await fromProcess.read(serial)).toBe('333333');
    const fromPrompt = resolveCodeSource({ env: {}, profile: profileFixture(), prompt });
    expect(fromPrompt).toMatchObject({ origin: { english: 'the prompt' }, renewable: true });
  });

  it('nothing available fails only when a code is read', async () => {
    const source = resolveCodeSource({ env: { AWSMFA_CODE: '' }, profile: profileFixture() });
    await expect(source.read(serial)).rejects.toMatchObject({ code: 'MFA_CODE_UNAVAILABLE' });
  });
});

describe('runMfaProcess', () => {
  it('returns stdout and tells the process the serial, without secrets in its environment', async () => {
    const out = await runMfaProcess(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: shell parameter expansion, not JS.
      'printf "%s|%s|%s" "$AWSMFA_MFA_SERIAL" "${AWS_SECRET_ACCESS_KEY-none}" 123456',
      {
        mfaSerial: serial,
        env: { PATH: process.env.PATH, AWS_SECRET_ACCESS_KEY: 'leak', AWSMFA_CODE: '999999' },
      },
    );
    expect(out).toBe(`${serial}|none|123456`);
  });

  it('a failing process is MFA_CODE_UNAVAILABLE', async () => {
    await expect(
      runMfaProcess('exit 3', { mfaSerial: serial, env: { PATH: process.env.PATH }, stderr: 'ignore' }),
    ).rejects.toMatchObject({ code: 'MFA_CODE_UNAVAILABLE', message: expect.stringContaining('exit 3') });
  });
});
