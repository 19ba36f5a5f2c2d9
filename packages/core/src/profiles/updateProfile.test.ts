import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadProfile } from './loadProfile.js';
import { tempHome, updateProfileUnprivileged } from './testing.js';
import { updateProfile } from './updateProfile.js';

const mode = (path: string) => statSync(path).mode & 0o777;

describe('updateProfile', () => {
  it('creates ~/.aws 0700 and the file 0600, with [profile NAME] in config and [NAME] in credentials', async () => {
    const { env, path } = tempHome();
    const config = await updateProfile({ env, file: 'config', profile: 'dev', set: { region: 'eu-west-1' } });
    const credentials = await updateProfile({
      env,
      file: 'credentials',
      profile: 'dev',
      set: { aws_access_key_id: 'AKIA' },
    });
    expect(config).toEqual({ changed: true, file: path('.aws/config') });
    expect(credentials.changed).toBe(true);
    expect(readFileSync(path('.aws/config'), 'utf8')).toBe('[profile dev]\nregion = eu-west-1\n');
    expect(readFileSync(path('.aws/credentials'), 'utf8')).toBe('[dev]\naws_access_key_id = AKIA\n');
    expect(mode(path('.aws'))).toBe(0o700);
    expect(mode(path('.aws/config'))).toBe(0o600);
    expect(mode(path('.aws/credentials'))).toBe(0o600);
  });

  it('the default profile is [default] in config', async () => {
    const { env, path } = tempHome();
    await updateProfile({ env, file: 'config', profile: 'default', set: { region: 'r' } });
    expect(readFileSync(path('.aws/config'), 'utf8')).toBe('[default]\nregion = r\n');
  });

  it('keeps the mode of an existing file and every byte outside the edited lines', async () => {
    const original =
      '# mine\r\n[default]\r\nregion = us-east-1\r\n\r\n; dev\r\n[profile dev]\r\nregion = x\r\ns3 =\r\n  a = 1\r\n\r\n[profile other]\r\nk = v';
    const { env, path } = tempHome({ '.aws/config': original });
    chmodSync(path('.aws/config'), 0o640);
    await updateProfile({
      env,
      file: 'config',
      profile: 'dev',
      set: { region: 'eu-west-3', mfa_serial: 'arn:x' },
    });
    expect(readFileSync(path('.aws/config'), 'utf8')).toBe(
      original.replace(
        'region = x\r\ns3 =\r\n  a = 1\r\n',
        'region = eu-west-3\r\ns3 =\r\n  a = 1\r\nmfa_serial = arn:x\r\n',
      ),
    );
    expect(mode(path('.aws/config'))).toBe(0o640);
  });

  it('unset and removeSection', async () => {
    const { env, path } = tempHome({ '.aws/credentials': '[a]\nx = 1\ny = 2\n\n[b]\nz = 3\n' });
    await updateProfile({ env, file: 'credentials', profile: 'a', unset: ['x'] });
    expect(readFileSync(path('.aws/credentials'), 'utf8')).toBe('[a]\ny = 2\n\n[b]\nz = 3\n');
    await updateProfile({ env, file: 'credentials', profile: 'a', removeSection: true });
    expect(readFileSync(path('.aws/credentials'), 'utf8')).toBe('[b]\nz = 3\n');
  });

  it('nothing to change: changed false and the file is not rewritten (or created)', async () => {
    const { env, path } = tempHome({ '.aws/credentials': '[a]\nx = 1\n' });
    const before = statSync(path('.aws/credentials')).ino;
    expect(await updateProfile({ env, file: 'credentials', profile: 'a', set: { x: '1' } })).toMatchObject({
      changed: false,
    });
    expect(statSync(path('.aws/credentials')).ino).toBe(before);
    expect(await updateProfile({ env, file: 'config', profile: 'a', unset: ['x'] })).toMatchObject({
      changed: false,
    });
    expect(existsSync(path('.aws/config'))).toBe(false);
  });

  it('edits the target of a symlinked credentials file and keeps the link', async () => {
    const { env, path } = tempHome({ 'dotfiles/credentials': '[a]\n' });
    mkdirSync(path('.aws'), { mode: 0o700 });
    symlinkSync(path('dotfiles/credentials'), path('.aws/credentials'));
    await updateProfile({ env, file: 'credentials', profile: 'a', set: { x: '1' } });
    expect(readFileSync(path('dotfiles/credentials'), 'utf8')).toBe('[a]\nx = 1\n');
    expect(lstatSync(path('.aws/credentials')).isSymbolicLink()).toBe(true);
  });

  it('concurrent updates never lose each other\u2019s keys (lock held across read-modify-write)', async () => {
    const { env } = tempHome();
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        updateProfile({ env, file: 'credentials', profile: `p${i}`, set: { k: `${i}` } }),
      ),
    );
    for (let i = 0; i < 12; i++) expect((await loadProfile(`p${i}`, { env })).settings.k).toBe(`${i}`);
  });

  it.each([
    ['profile name with ]', { profile: 'a]b', set: { x: '1' } }],
    ['profile name with a newline', { profile: 'a\n[b]', set: { x: '1' } }],
    ['value with a newline', { profile: 'a', set: { x: '1\n[evil]' } }],
    ['key with =', { profile: 'a', set: { 'x=y': '1' } }],
    ['value with spaces around', { profile: 'a', set: { x: ' 1' } }],
    [
      'value with a lone surrogate (would be written as a stray byte)',
      { profile: 'a', set: { x: 'R\udce9' } },
    ],
  ])('rejects %s with INVALID_INPUT before touching the file', async (_, edit) => {
    const { env, path } = tempHome({ '.aws/credentials': '[a]\n' });
    await expect(updateProfile({ env, file: 'credentials', ...edit })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(readFileSync(path('.aws/credentials'), 'utf8')).toBe('[a]\n');
  });

  // root ignores directory permissions: the edit runs in a child without that power, so this
  // runs as root in CI too.
  it('an unwritable directory is FILE_ERROR and leaves no temp file', () => {
    const { env, path } = tempHome({ '.aws/credentials': '[a]\n' });
    chmodSync(path('.aws'), 0o500);
    try {
      expect(updateProfileUnprivileged({ env, file: 'credentials', profile: 'a', set: { x: '1' } })).toEqual({
        code: 'FILE_ERROR',
      });
    } finally {
      chmodSync(path('.aws'), 0o700);
    }
    expect(readdirSync(path('.aws'))).toEqual(['credentials']);
    expect(readFileSync(path('.aws/credentials'), 'utf8')).toBe('[a]\n');
  });

  it('a read-only file system location (credentials path under a regular file) is FILE_ERROR', async () => {
    const { env, path } = tempHome({ blocker: 'x' });
    const error = await updateProfile({
      env: { ...env, AWS_SHARED_CREDENTIALS_FILE: path('blocker/credentials') },
      file: 'credentials',
      profile: 'a',
      set: { x: '1' },
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'FILE_ERROR' });
    expect(readFileSync(path('blocker'), 'utf8')).toBe('x');
  });
});
