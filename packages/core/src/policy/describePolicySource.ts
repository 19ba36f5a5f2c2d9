import type { NamedPolicy } from './types.js';

/**
 * Names a policy the way an admin finds it in the console.
 *
 * @example describePolicySource({ name: 'MyUsersPolicy', source: { kind: 'group-inline', groupName: 'MyUsers' }, document }) // 'group MyUsers inline policy MyUsersPolicy'
 */
export function describePolicySource(policy: Pick<NamedPolicy, 'name' | 'source'>): string {
  const { name, source } = policy;
  switch (source.kind) {
    case 'group-inline':
      return `group ${source.groupName} inline policy ${name}`;
    case 'user-inline':
      return `user ${source.userName} inline policy ${name}`;
    case 'role-inline':
      return `role ${source.roleName} inline policy ${name}`;
    case 'trust':
      return `the trust policy of role ${source.roleName}`;
    case 'managed':
      return `managed policy ${name} attached to ${source.attachedTo}`;
    case 'custom':
      return `policy ${name}`;
  }
}
