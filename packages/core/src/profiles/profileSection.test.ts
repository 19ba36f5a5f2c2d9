import { describe, expect, it } from 'vitest';
import { parseIni } from './ini/parseIni.js';
import {
  assertProfileName,
  profileNameOfSection,
  profileNameProblem,
  profileSectionHeader,
  profilesOfFile,
} from './profileSection.js';

describe('profile sections', () => {
  it('config uses [profile NAME] except [default]; credentials uses [NAME]', () => {
    expect(profileSectionHeader('config', 'dev')).toBe('profile dev');
    expect(profileSectionHeader('config', 'default')).toBe('default');
    expect(profileSectionHeader('credentials', 'dev')).toBe('dev');
  });

  it('reads profile names back as botocore does', () => {
    expect(profileNameOfSection('config', 'profile dev')).toBe('dev');
    expect(profileNameOfSection('config', 'profile  dev ')).toBe('dev');
    expect(profileNameOfSection('config', 'profile default')).toBe('default');
    expect(profileNameOfSection('config', 'default')).toBe('default');
    expect(profileNameOfSection('config', 'dev')).toBeUndefined();
    expect(profileNameOfSection('config', 'sso-session corp')).toBeUndefined();
    expect(profileNameOfSection('credentials', 'profile dev')).toBe('profile dev');
  });

  it('splits config headers like a shell line, as botocore does (shlex)', () => {
    // `[  profile   S  ]`: the header keeps its spaces, so it does not start with "profile".
    expect(profileNameOfSection('config', '  profile   S  ')).toBeUndefined();
    expect(profileNameOfSection('config', 'profile   S  ')).toBe('S');
    expect(profileNameOfSection('config', 'profile "a b"')).toBe('a b');
    expect(profileNameOfSection('config', "profile 'dev'")).toBe('dev');
    expect(profileNameOfSection('config', 'profile a\\ b')).toBe('a b');
    expect(profileNameOfSection('config', 'profiles dev')).toBe('dev');
    expect(profileNameOfSection('config', 'profile a b')).toBeUndefined();
    expect(profileNameOfSection('config', 'profile "open')).toBeUndefined();
    expect(profileNameOfSection('config', 'profile')).toBeUndefined();
    expect(profileNameOfSection('credentials', 'DEFAULT')).toBeUndefined();
    expect(profileNameOfSection('credentials', ' dev ')).toBe(' dev ');
  });

  it('profilesOfFile: [DEFAULT] fills in, a later section of the same profile replaces the earlier whole', () => {
    const doc = parseIni(
      '[DEFAULT]\nregion = eu-west-1\n[profile a]\nx = 1\n[default]\nregion = us-east-2\n[profile "a"]\ny = 2\n[profile default]\nz = 3\n',
    );
    expect([...profilesOfFile('config', doc)]).toEqual([
      ['a', { region: 'eu-west-1', y: '2' }],
      ['default', { region: 'eu-west-1', z: '3' }],
    ]);
  });

  it.each([
    ['', 'is empty'],
    ['DEFAULT', 'is DEFAULT'],
    ['a]b', 'contains ]'],
    ['a[b', 'contains ['],
    ['a\nb', 'control character'],
    ['a\rb', 'control character'],
    ['a b', 'whitespace'],
    ['a"b', 'contains "'],
    ["a'b", "contains '"],
    ['a\\b', 'contains \\'],
    ['x'.repeat(129), 'longer than 128'],
  ])('rejects profile name %j', (name, problem) => {
    expect(profileNameProblem(name)?.english).toContain(problem);
    expect(() => assertProfileName(name)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it.each(['dev', 'alice@example.com', 'org:prod/admin', 'a.b-c_d+e=f,g', 'é'])('accepts %j', (name) => {
    expect(profileNameProblem(name)).toBeUndefined();
  });
});
