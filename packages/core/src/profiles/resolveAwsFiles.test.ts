import { homedir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { resolveAwsFiles } from './resolveAwsFiles.js';

describe('resolveAwsFiles', () => {
  it('defaults to ~/.aws/config and ~/.aws/credentials under HOME', () => {
    expect(resolveAwsFiles({ HOME: '/h' })).toEqual({
      configFile: '/h/.aws/config',
      credentialsFile: '/h/.aws/credentials',
    });
  });

  it('falls back to USERPROFILE, then the OS home', () => {
    expect(resolveAwsFiles({ USERPROFILE: '/u' }).configFile).toBe('/u/.aws/config');
    expect(resolveAwsFiles({}).configFile).toBe(`${homedir()}/.aws/config`);
  });

  it('AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE win, with ~ expanded', () => {
    const env = { HOME: '/h', AWS_CONFIG_FILE: '~/c', AWS_SHARED_CREDENTIALS_FILE: '/abs/k' };
    expect(resolveAwsFiles(env)).toEqual({ configFile: '/h/c', credentialsFile: '/abs/k' });
  });

  it('an explicit home overrides the environment', () => {
    expect(resolveAwsFiles({ HOME: '/h' }, '/x').credentialsFile).toBe('/x/.aws/credentials');
  });

  it('empty variables count as unset', () => {
    expect(resolveAwsFiles({ HOME: '/h', AWS_CONFIG_FILE: '' }).configFile).toBe('/h/.aws/config');
  });
});
