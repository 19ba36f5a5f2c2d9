import { describe, expect, it } from 'vitest';
import { checkDeviceName, iamUserOf, virtualMfaSerial } from './iamUserOf.js';

describe('iamUserOf', () => {
  it.each([
    ['arn:aws:iam::123456789012:user/cli-user', 'cli-user', 'aws'],
    ['arn:aws:iam::123456789012:user/division/team/alice', 'alice', 'aws'],
    ['arn:aws-cn:iam::123456789012:user/bob@example.com', 'bob@example.com', 'aws-cn'],
  ])('%s is user %s', (arn, userName, partition) => {
    const user = iamUserOf({ account: '123456789012', arn }, 'dev');
    expect(user).toMatchObject({ userName, partition, account: '123456789012' });
    expect(virtualMfaSerial(user, userName)).toBe(`arn:${partition}:iam::123456789012:mfa/${userName}`);
  });

  it.each([
    ['a role session', 'arn:aws:sts::123456789012:assumed-role/Admin/me'],
    ['the root user', 'arn:aws:iam::123456789012:root'],
    ['a federated user', 'arn:aws:sts::123456789012:federated-user/bob'],
    ['nothing', ''],
  ])('refuses %s', (_name, arn) => {
    expect(() => iamUserOf({ account: '123456789012', arn }, 'dev')).toThrow(/not as an IAM user/);
  });
});

describe('checkDeviceName', () => {
  it.each(['cli-user', 'a', 'x+y=z,w.v@u_t-s', 'x'.repeat(226)])('accepts %s', (name) => {
    expect(checkDeviceName(name)).toBe(name);
  });
  it.each([
    ['a slash would make a path', 'team/alice'],
    ['a space', 'my phone'],
    ['empty', ''],
    ['quote', "o'neil"],
    ['dollar', '$x'],
    ['newline', 'a\nb'],
    ['non-ASCII', 'é'],
    ['too long', 'x'.repeat(227)],
  ])('refuses %s', (_name, name) => {
    expect(() => checkDeviceName(name)).toThrow(/is not valid for IAM/);
  });
});
