import { describe, expect, it } from 'vitest';
import type { Profile } from './profile.js';
import { profileKeys } from './profileKeys.js';

const profile = (settings: Partial<Profile>): Profile => ({
  name: 'dev',
  trustedCidrs: [],
  settings: {},
  ...settings,
});

describe('profileKeys', () => {
  it('opens the keys, with the session token when there is one', () => {
    expect(profileKeys(profile({ accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 's' }))).toEqual({
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      secretAccessKey: 's',
    });
    expect(
      profileKeys(profile({ accessKeyId: 'ASIAX', secretAccessKey: 's', sessionToken: 'IQo/+=' })),
    ).toMatchObject({ sessionToken: 'IQo/+=' });
  });

  it('no key: PROFILE_INCOMPLETE', () => {
    expect(() => profileKeys(profile({ secretAccessKey: 's' }))).toThrow(
      expect.objectContaining({ code: 'PROFILE_INCOMPLETE' }),
    );
  });

  it.each([
    ['a non-ASCII key ID', { accessKeyId: 'AKIAé', secretAccessKey: 's' }, /access key ID of profile dev/],
    ['a key ID with a comma', { accessKeyId: 'AKIA,Signature=x', secretAccessKey: 's' }, /access key ID/],
    [
      'a token with a line break',
      { accessKeyId: 'ASIAX', secretAccessKey: 's', sessionToken: 'a\nb' },
      /session token/,
    ],
    [
      'a token with a space',
      { accessKeyId: 'ASIAX', secretAccessKey: 's', sessionToken: 'a b' },
      /session token/,
    ],
  ])('%s cannot be sent in a header: INVALID_INPUT, the value not repeated', (_, keys, message) => {
    expect(() => profileKeys(profile(keys))).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringMatching(message) }),
    );
  });
});
