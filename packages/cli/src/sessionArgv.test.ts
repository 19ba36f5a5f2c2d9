import { describe, expect, it } from 'vitest';
import { parseSessionArgv } from './sessionArgv.js';

describe('parseSessionArgv', () => {
  it('parses what yargs would, in both option forms', () => {
    expect(
      parseSessionArgv([
        'env',
        '--profile',
        'dev',
        '--shell=fish',
        '--code',
        '012345',
        '--refresh',
        '--endpoint-url=http://x:1',
      ]),
    ).toEqual({
      command: 'env',
      args: {
        profile: 'dev',
        shell: 'fish',
        code: '012345',
        endpointUrl: 'http://x:1',
        refresh: true,
        debug: false,
        mfa: false,
        unset: false,
        quiet: false,
      },
    });
    expect(parseSessionArgv(['env', '--quiet'])?.args).toMatchObject({ quiet: true });
    expect(parseSessionArgv(['credential-process', '--profile', 'p', '--duration', '90m'])).toEqual({
      command: 'credential-process',
      args: { profile: 'p', duration: '90m', debug: false, refresh: false, mfa: false },
    });
  });

  it('an option given twice counts the last time, as with yargs', () => {
    expect(
      parseSessionArgv([
        'env',
        '--profile',
        'a',
        '--profile=b',
        '--shell',
        'fish',
        '--shell',
        'bash',
        '--debug',
        '--debug',
      ]),
    ).toEqual({
      command: 'env',
      args: {
        profile: 'b',
        shell: 'bash',
        debug: true,
        refresh: false,
        mfa: false,
        unset: false,
        quiet: false,
      },
    });
    expect(parseSessionArgv(['credential-process', '--code', '1', '--code', '2'])?.args.code).toBe('2');
  });

  it.each([
    [['env', '--help']],
    [['env', '--profil', 'dev']],
    [['env', '--profile']],
    [['env', '--profile', '--debug']],
    [['env', '--shell', 'tcsh']],
    [['env', '--refresh=false']],
    [['credential-process', '--shell', 'bash']],
    [['credential-process', '--unset']],
    [['credential-process', '--quiet']],
    [['env', '--quiet=yes']],
    [['env', 'extra']],
    [['exec', '--', 'ls']],
    [['--version']],
    [[]],
  ])('leaves %j to yargs', (argv) => {
    expect(parseSessionArgv(argv)).toBeUndefined();
  });
});
