import { describe, expect, it } from 'vitest';
import {
  assertProfileName,
  profileNameOfSection,
  profileNameProblem,
  profileSectionHeader,
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

  it.each([
    ['', 'is empty'],
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
