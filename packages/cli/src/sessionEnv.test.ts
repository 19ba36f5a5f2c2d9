import { describe, expect, it } from 'vitest';
import {
  applyEnvChange,
  credentialProcessJson,
  sessionEnvChange,
  trustedEnvChange,
  unsetEnvChange,
} from './sessionEnv.js';

const session = {
  accessKeyId: 'ASIAEXAMPLE',
  secretAccessKey: 'secret/+=',
  sessionToken: 'token/+=',
  expiration: '2026-11-29T13:05:40.123Z',
};

describe('session environment', () => {
  it('sets the credentials, the expiration AWS tools read, the region and AWSMFA_PROFILE; unsets AWS_PROFILE', () => {
    expect(sessionEnvChange(session, { profile: 'dev', region: 'eu-west-1' })).toEqual({
      set: {
        AWS_ACCESS_KEY_ID: 'ASIAEXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'secret/+=',
        AWS_SESSION_TOKEN: 'token/+=',
        AWS_CREDENTIAL_EXPIRATION: '2026-11-29T13:05:40Z',
        AWSMFA_PROFILE: 'dev',
        AWSMFA_SESSION_EXPIRES_EPOCH: '1795957540',
        AWS_REGION: 'eu-west-1',
        AWS_DEFAULT_REGION: 'eu-west-1',
      },
      unset: ['AWS_PROFILE', 'AWS_SECURITY_TOKEN'],
    });
    expect(Object.keys(sessionEnvChange(session, { profile: 'dev' }).set)).not.toContain('AWS_REGION');
  });

  it('on a trusted network names the profile and removes session variables, never printing secrets', () => {
    const change = trustedEnvChange({ profile: 'dev' });
    expect(change.set).toEqual({ AWS_PROFILE: 'dev', AWSMFA_PROFILE: 'dev' });
    expect(change.unset).toEqual(
      expect.arrayContaining([
        'AWS_ACCESS_KEY_ID',
        'AWS_SECRET_ACCESS_KEY',
        'AWS_SESSION_TOKEN',
        // Without an expiry, the prompt hook leaves a trusted-network shell alone.
        'AWSMFA_SESSION_EXPIRES_EPOCH',
      ]),
    );
  });

  it('--unset removes everything env sets', () => {
    const { unset } = unsetEnvChange();
    for (const name of Object.keys(sessionEnvChange(session, { profile: 'p', region: 'r' }).set)) {
      expect(unset).toContain(name);
    }
  });

  it('credential_process JSON is Version 1 in the AWS CLI key order', () => {
    expect(JSON.parse(credentialProcessJson(session))).toEqual({
      Version: 1,
      AccessKeyId: 'ASIAEXAMPLE',
      SecretAccessKey: 'secret/+=',
      SessionToken: 'token/+=',
      Expiration: '2026-11-29T13:05:40Z',
    });
    expect(
      Object.keys(JSON.parse(credentialProcessJson({ accessKeyId: 'A', secretAccessKey: 'S' }))),
    ).toEqual(['Version', 'AccessKeyId', 'SecretAccessKey']);
  });

  it('a child environment gets the change applied over the parent one', () => {
    const env = applyEnvChange(
      { AWS_PROFILE: 'dev', PATH: '/bin', X: undefined },
      sessionEnvChange(session, { profile: 'dev' }),
    );
    expect(env.AWS_PROFILE).toBeUndefined();
    expect(env.PATH).toBe('/bin');
    expect(env.AWS_SESSION_TOKEN).toBe('token/+=');
    expect('X' in env).toBe(false);
  });
});
