import { describe, expect, it } from 'vitest';
import { sessionCacheDir } from './sessionCache.js';

const profile = { USERPROFILE: 'C:\\Users\\me' };

describe('the session cache folder on Windows', () => {
  it('defaults to the user profile (USERPROFILE, as the AWS CLI v2 reads it; not HOME)', () => {
    expect(sessionCacheDir({ ...profile, HOME: '/c/Users/me' }, 'win32')).toBe(
      'C:\\Users\\me/.aws/awsmfa/cache',
    );
  });

  it.each(['C:\\Users\\me\\cache', 'c:\\users\\ME\\.aws\\other', 'C:\\Users\\me'])(
    'accepts %s, inside the profile',
    (dir) => {
      expect(sessionCacheDir({ ...profile, AWSMFA_CACHE_DIR: dir }, 'win32')).toBe(dir);
    },
  );

  it.each(['C:\\temp\\awsmfa', 'C:\\Users\\meme\\cache', 'D:\\Users\\me\\cache', '\\\\server\\share\\cache'])(
    'cache_dir_outside_profile_is_refused: %s (its ACL usually lets every user read)',
    (dir) => {
      expect(() => sessionCacheDir({ ...profile, AWSMFA_CACHE_DIR: dir }, 'win32')).toThrow(
        expect.objectContaining({
          code: 'INVALID_INPUT',
          hint: expect.stringMatching(/AWSMFA_CACHE_DIR_OUTSIDE_PROFILE=1/),
        }),
      );
    },
  );

  it('unless asked with AWSMFA_CACHE_DIR_OUTSIDE_PROFILE=1', () => {
    const env = { ...profile, AWSMFA_CACHE_DIR: 'C:\\temp\\awsmfa', AWSMFA_CACHE_DIR_OUTSIDE_PROFILE: '1' };
    expect(sessionCacheDir(env, 'win32')).toBe('C:\\temp\\awsmfa');
  });

  it('elsewhere file modes protect the folder, wherever it is', () => {
    expect(sessionCacheDir({ HOME: '/home/me', AWSMFA_CACHE_DIR: '/tmp/c' }, 'linux')).toBe('/tmp/c');
  });
});
