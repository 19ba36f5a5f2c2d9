import { describe, expect, it } from 'vitest';
import type { AuditAccessKey, AuditUser } from './adminAudit.js';
import { keysDueForRotation } from './keysDueForRotation.js';

const key = (status: string, ageDays: number | undefined): AuditAccessKey => ({
  status,
  ageDays,
  createDate: undefined,
  lastUsedDate: undefined,
  lastUsedService: undefined,
});
const user = (userName: string, accessKeys: AuditAccessKey[]) => ({ userName, accessKeys }) as AuditUser;

describe('keysDueForRotation', () => {
  it('active keys older than the maximum age; inactive, young and undated keys are not due', () => {
    const users = [
      user('old', [key('Active', 91), key('Active', 10)]),
      user('exactly', [key('Active', 90)]),
      user('inactive', [key('Inactive', 400)]),
      user('undated', [key('Active', undefined)]),
    ];
    expect(
      keysDueForRotation(users).map(({ user, keys }) => [user.userName, keys.map((k) => k.ageDays)]),
    ).toEqual([['old', [91]]]);
    expect(keysDueForRotation(users, 5).map(({ user }) => user.userName)).toEqual(['old', 'exactly']);
  });
});
