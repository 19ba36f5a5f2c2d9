import type { AuditAccessKey, AuditUser } from './adminAudit.js';

/** IAM's and CIS's usual rotation period. */
export const defaultMaxKeyAgeDays = 90;

/**
 * The users of an audit whose active access keys are older than `maxAgeDays`, with those keys:
 * who should run `awsmfa keys rotate`. Inactive keys are not counted: they sign nothing.
 *
 * @example keysDueForRotation(report.users, 90).map(({ user }) => user.userName)
 */
export function keysDueForRotation(
  users: readonly AuditUser[],
  maxAgeDays: number = defaultMaxKeyAgeDays,
): Array<{ user: AuditUser; keys: AuditAccessKey[] }> {
  return users.flatMap((user) => {
    const keys = user.accessKeys.filter(
      (key) => key.status === 'Active' && key.ageDays !== undefined && key.ageDays > maxAgeDays,
    );
    return keys.length > 0 ? [{ user, keys }] : [];
  });
}
