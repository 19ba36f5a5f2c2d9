import { describe, expect, it } from 'vitest';
import type { AwsMfaError } from '../errors.js';
import { type EnrollMfaDeviceOptions, enrollMfaDevice, type NewDeviceToShow } from './enrollMfaDevice.js';
import { fakeIam } from './testing/fakeMfaDeviceApi.js';

/** A controllable clock: `sleep` moves it forward, as waiting for the next code would. */
function clock() {
  let t = 1_700_000_010_000;
  return {
    now: () => t,
    sleep: async (ms: number) => {
      t += Math.max(0, ms);
    },
    advance: (ms: number) => {
      t += ms;
    },
  };
}

type Answer = string | ((device: NewDeviceToShow) => string);

/** Plays the user at the terminal: each answer is typed when asked; functions see the shown device. */
function scripted(iam: ReturnType<typeof fakeIam>, c: ReturnType<typeof clock>, answers: Answer[]) {
  let shown: NewDeviceToShow | undefined;
  const questions: string[] = [];
  const messages: string[] = [];
  const options: Partial<EnrollMfaDeviceOptions> = {
    api: iam.api,
    profile: 'dev',
    now: c.now,
    sleep: c.sleep,
    showDevice: (device) => {
      shown = device;
    },
    notify: (m) => messages.push(m.english),
    askCode: async (question) => {
      questions.push(question.english);
      const answer = answers.shift();
      if (answer === undefined) throw new Error(`unexpected question: ${question}`);
      return typeof answer === 'string' ? answer : answer(shown!);
    },
  };
  return { options: options as EnrollMfaDeviceOptions, questions, messages, shown: () => shown };
}

/** The phone's current code, then (after waiting a period) the next one. */
function phone(iam: ReturnType<typeof fakeIam>, c: ReturnType<typeof clock>): Answer[] {
  return [
    (d) => iam.code(d.serialNumber),
    (d) => {
      c.advance(30_000);
      return iam.code(d.serialNumber);
    },
  ];
}

const wrong: Answer[] = ['000000', '111111'];

describe('enrollMfaDevice', () => {
  it('creates the device named after the user, shows it, and enables it with two consecutive codes', async () => {
    const c = clock();
    const iam = fakeIam({ now: c.now });
    const s = scripted(iam, c, phone(iam, c));
    const result = await enrollMfaDevice(s.options);
    expect(result).toEqual({
      status: 'enabled',
      serialNumber: iam.serialOf('cli-user'),
      userName: 'cli-user',
    });
    expect(iam.devices.get(iam.serialOf('cli-user'))?.userName).toBe('cli-user');
    const shown = s.shown()!;
    expect(shown.otpauthUri).toContain(`secret=${shown.base32Seed}`);
    expect(shown.otpauthUri).toMatch(/^otpauth:\/\/totp\/Amazon%20Web%20Services:cli-user%40123456789012\?/);
    expect(s.questions[1]).toMatch(/wait for the next code, about \d+ s/);
  });

  it('--device-name overrides the default and is checked before anything is created', async () => {
    const c = clock();
    const iam = fakeIam({ now: c.now });
    await expect(
      enrollMfaDevice({ ...scripted(iam, c, []).options, deviceName: 'bad name/x' }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(iam.devices.size).toBe(0);
    const s = scripted(iam, c, phone(iam, c));
    const result = await enrollMfaDevice({ ...s.options, deviceName: 'laptop' });
    expect(result.serialNumber).toBe(iam.serialOf('laptop'));
  });

  it('re-asks a malformed code and a repeated code without spending an AWS attempt', async () => {
    const c = clock();
    const iam = fakeIam({ now: c.now });
    const current: Answer = (d) => iam.code(d.serialNumber);
    const s = scripted(iam, c, ['12 34', current, current, ...phone(iam, c).slice(1)]);
    await enrollMfaDevice(s.options);
    expect(s.messages.join('\n')).toMatch(/has 4 digits; it must be 6 digits/);
    expect(s.messages.join('\n')).toMatch(/Both codes are the same.*Wait for the app to show a new code/);
    expect(iam.calls.filter((call) => call === 'EnableMFADevice')).toHaveLength(1);
  });

  it('catches a skipped code locally and asks for both again', async () => {
    const c = clock();
    const iam = fakeIam({ now: c.now });
    const skipped: Answer[] = [(d) => iam.code(d.serialNumber), (d) => iam.code(d.serialNumber, 2)];
    const s = scripted(iam, c, [...skipped, ...phone(iam, c)]);
    await enrollMfaDevice(s.options);
    expect(s.messages.join('\n')).toMatch(/not the code that came right after code 1/);
    expect(iam.calls.filter((call) => call === 'EnableMFADevice')).toHaveLength(1);
  });

  it('wrong codes: three AWS attempts, then the device is deleted and MFA_CODE_INVALID thrown', async () => {
    const c = clock();
    const iam = fakeIam({ now: c.now });
    const s = scripted(iam, c, [...wrong, ...wrong, ...wrong]);
    const error = await enrollMfaDevice(s.options).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'MFA_CODE_INVALID',
      message: expect.stringMatching(/after 3 attempts/),
    });
    expect(iam.calls.filter((call) => call === 'EnableMFADevice')).toHaveLength(3);
    expect(s.messages.join('\n')).toMatch(/attempt 1 of 3[\s\S]*attempt 2 of 3/);
    expect(iam.devices.size).toBe(0);
    expect(s.messages.at(-1)).toMatch(/nothing is left behind/);
  });

  it('wrong codes with --keep keep the device and say how to finish', async () => {
    const c = clock();
    const iam = fakeIam({ now: c.now });
    const s = scripted(iam, c, [...wrong, ...wrong, ...wrong]);
    const error = (await enrollMfaDevice({ ...s.options, keep: true }).catch(
      (e: unknown) => e,
    )) as AwsMfaError;
    expect(error.code).toBe('MFA_CODE_INVALID');
    expect(error.message).toMatch(/was kept \(--keep\)/);
    expect(error.hint).toMatch(/--code1 CODE --code2 NEXT_CODE/);
    expect(iam.devices.size).toBe(1);
  });

  it('under the self-manage-MFA policy, cleanup removes the device under an MFA session of its own', async () => {
    const c = clock();
    const iam = fakeIam({ mfaOnlyDelete: true, now: c.now });
    const s = scripted(iam, c, [...wrong, ...wrong, ...wrong]);
    await expect(enrollMfaDevice(s.options)).rejects.toMatchObject({ code: 'MFA_CODE_INVALID' });
    expect(iam.devices.size).toBe(0);
    expect(iam.calls.slice(-5)).toEqual([
      'DeleteVirtualMFADevice',
      'EnableMFADevice',
      'GetSessionToken',
      'DeactivateMFADevice (mfa)',
      'DeleteVirtualMFADevice (mfa)',
    ]);
    expect(s.messages.join('\n')).toMatch(/only with MFA, so awsmfa enables it with its own codes/);
  });

  it('Ctrl-C while asking for a code deletes the device and throws CANCELLED', async () => {
    const c = clock();
    const iam = fakeIam({ now: c.now });
    const controller = new AbortController();
    const s = scripted(iam, c, []);
    const options: EnrollMfaDeviceOptions = {
      ...s.options,
      signal: controller.signal,
      askCode: () => {
        setTimeout(() => controller.abort(), 5);
        return new Promise<string>(() => {}); // the user never types
      },
    };
    await expect(enrollMfaDevice(options)).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(iam.devices.size).toBe(0);
  });

  it('without a terminal and without --keep, fails before creating anything', async () => {
    const c = clock();
    const iam = fakeIam({ now: c.now });
    const s = scripted(iam, c, []);
    await expect(enrollMfaDevice({ ...s.options, askCode: undefined })).rejects.toMatchObject({
      code: 'MFA_CODE_UNAVAILABLE',
    });
    expect(iam.calls).not.toContain('CreateVirtualMFADevice');
  });

  it('without a terminal but with --keep, creates and shows the device, then --code1/--code2 enable it', async () => {
    const c = clock();
    const iam = fakeIam({ now: c.now });
    const s = scripted(iam, c, []);
    const created = await enrollMfaDevice({ ...s.options, askCode: undefined, keep: true });
    expect(created.status).toBe('created');
    expect(s.shown()?.base32Seed).toMatch(/^[A-Z2-7]+$/);
    const serial = created.serialNumber;
    const code1 = iam.code(serial, -1);
    const code2 = iam.code(serial);
    const enabled = await enrollMfaDevice({ ...s.options, askCode: undefined, codes: { code1, code2 } });
    expect(enabled.status).toBe('enabled');
    expect(iam.devices.get(serial)?.userName).toBe('cli-user');
    expect(iam.calls.filter((call) => call === 'CreateVirtualMFADevice')).toHaveLength(1);
  });

  it('--code1/--code2: same codes, no waiting device, wrong codes are each explained', async () => {
    const c = clock();
    const iam = fakeIam({ now: c.now });
    const base = { ...scripted(iam, c, []).options, askCode: undefined };
    await expect(enrollMfaDevice({ ...base, codes: { code1: '123456', code2: '123 456' } })).rejects.toThrow(
      /Both codes are the same/,
    );
    await expect(
      enrollMfaDevice({ ...base, codes: { code1: '123456', code2: '654321' } }),
    ).rejects.toMatchObject({
      code: 'MFA_DEVICE',
      message: expect.stringMatching(/No device .* is waiting/),
    });
    await enrollMfaDevice({ ...base, keep: true });
    await expect(
      enrollMfaDevice({ ...base, codes: { code1: '123456', code2: '654321' } }),
    ).rejects.toMatchObject({
      code: 'MFA_CODE_INVALID',
    });
    expect(iam.devices.size).toBe(1);
  });

  describe('a leftover device of the same name (EntityAlreadyExists)', () => {
    const sharedClock = clock();
    async function withLeftover() {
      const iam = fakeIam({ now: sharedClock.now });
      await iam.api.createVirtualMfaDevice('cli-user');
      return iam;
    }

    it('is explained, with --replace as the way out, when nobody can be asked', async () => {
      const iam = await withLeftover();
      const c = sharedClock;
      const error = (await enrollMfaDevice({ ...scripted(iam, c, []).options, confirm: undefined }).catch(
        (e: unknown) => e,
      )) as AwsMfaError;
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toMatch(/already exists but was never enabled/);
      expect(error.hint).toMatch(/--replace/);
    });

    it('--replace deletes and recreates it', async () => {
      const iam = await withLeftover();
      const oldSeed = iam.devices.get(iam.serialOf('cli-user'))!.seed;
      const c = sharedClock;
      const s = scripted(iam, c, phone(iam, c));
      await enrollMfaDevice({ ...s.options, replace: true });
      expect(iam.devices.get(iam.serialOf('cli-user'))?.seed).not.toBe(oldSeed);
      expect(iam.devices.get(iam.serialOf('cli-user'))?.userName).toBe('cli-user');
    });

    it.each([
      [true, 'enabled'],
      [false, 'CONFLICT'],
    ])('the y/N prompt answered %s', async (yes, outcome) => {
      const iam = await withLeftover();
      const c = sharedClock;
      const s = scripted(iam, c, phone(iam, c));
      const confirmed: string[] = [];
      const run = enrollMfaDevice({
        ...s.options,
        confirm: async (q) => {
          confirmed.push(q.english);
          return yes;
        },
      });
      if (outcome === 'enabled') expect((await run).status).toBe('enabled');
      else await expect(run).rejects.toMatchObject({ code: outcome });
      expect(confirmed[0]).toMatch(/\[y\/N\]/);
    });

    it('under the self-manage-MFA policy, deleting it is denied and the way out explained', async () => {
      const c = clock();
      const iam = fakeIam({ mfaOnlyDelete: true, now: c.now });
      await iam.api.createVirtualMfaDevice('cli-user');
      const error = (await enrollMfaDevice({ ...scripted(iam, c, []).options, replace: true }).catch(
        (e: unknown) => e,
      )) as AwsMfaError;
      expect(error.code).toBe('ACCESS_DENIED');
      expect(error.message).toMatch(/iam:DeleteVirtualMFADevice/);
      expect(error.hint).toMatch(
        /aws iam delete-virtual-mfa-device --serial-number arn:aws:iam::123456789012:mfa\/cli-user/,
      );
    });
  });

  it('an already enabled device points at awsmfa device', async () => {
    const c = clock();
    const iam = fakeIam({ now: c.now });
    await enrollMfaDevice(scripted(iam, c, phone(iam, c)).options);
    const error = (await enrollMfaDevice(scripted(iam, c, []).options).catch(
      (e: unknown) => e,
    )) as AwsMfaError;
    expect(error.code).toBe('MFA_DEVICE');
    expect(error.message).toMatch(/is already enabled for cli-user/);
    expect(error.hint).toMatch(/awsmfa device status --profile dev/);
  });

  it('AccessDenied on create names the missing permission and resource', async () => {
    const c = clock();
    const iam = fakeIam({ denied: ['CreateVirtualMFADevice'], now: c.now });
    const error = (await enrollMfaDevice(scripted(iam, c, []).options).catch(
      (e: unknown) => e,
    )) as AwsMfaError;
    expect(error.code).toBe('ACCESS_DENIED');
    expect(error.message).toBe(
      'cli-user is not allowed to call iam:CreateVirtualMFADevice on arn:aws:iam::123456789012:mfa/cli-user (an explicit Deny applies).',
    );
  });

  it('a role session is refused: MFA devices belong to IAM users', async () => {
    const c = clock();
    const iam = fakeIam({ now: c.now });
    const api = {
      ...iam.api,
      getCallerIdentity: async () => ({
        account: '123456789012',
        arn: 'arn:aws:sts::123456789012:assumed-role/Ops/me',
      }),
    };
    await expect(enrollMfaDevice({ ...scripted(iam, c, []).options, api })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/not as an IAM user/),
    });
  });

  it('never puts the seed into an error or a message', async () => {
    const c = clock();
    const iam = fakeIam({ mfaOnlyDelete: true, now: c.now });
    const s = scripted(iam, c, [...wrong, ...wrong, ...wrong]);
    const error = (await enrollMfaDevice(s.options).catch((e: unknown) => e)) as AwsMfaError;
    const seed = s.shown()!.base32Seed;
    expect(`${error.message} ${error.hint} ${s.messages.join(' ')} ${s.questions.join(' ')}`).not.toContain(
      seed,
    );
  });
});
