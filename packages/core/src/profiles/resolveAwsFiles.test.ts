import { homedir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { resolveAwsFiles, resolveHome } from './resolveAwsFiles.js';

describe('resolveAwsFiles', () => {
  it('defaults to ~/.aws/config and ~/.aws/credentials under HOME', () => {
    expect(resolveAwsFiles({ HOME: '/h' })).toEqual({
      configFile: '/h/.aws/config',
      credentialsFile: '/h/.aws/credentials',
    });
  });

  it('falls back to the OS home', () => {
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

describe('resolveHome', () => {
  it('windows_home_is_userprofile: on Windows the AWS CLI v2 ignores HOME (Git Bash sets it)', () => {
    const env = { HOME: '/c/Users/me', USERPROFILE: 'C:\\Users\\me' };
    expect(resolveHome(env, 'win32')).toBe('C:\\Users\\me');
    expect(resolveHome({ HOME: '/c/Users/me', HOMEDRIVE: 'D:', HOMEPATH: '\\Users\\me' }, 'win32')).toBe(
      'D:\\Users\\me',
    );
    expect(resolveHome({ HOME: '/c/Users/me' }, 'win32')).toBe(homedir());
  });

  it('elsewhere HOME, never USERPROFILE', () => {
    expect(resolveHome({ HOME: '/h', USERPROFILE: '/u' }, 'darwin')).toBe('/h');
    expect(resolveHome({ USERPROFILE: '/u' }, 'linux')).toBe(homedir());
  });
});
