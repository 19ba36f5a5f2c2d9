import { policyText } from '../messages/en/policy.js';
import type { Message } from '../messages/message.js';
import type { NamedPolicy } from './types.js';

/**
 * Names a policy the way an admin finds it in the console.
 *
 * @example describePolicySource({ name: 'MyUsersPolicy', source: { kind: 'group-inline', groupName: 'MyUsers' }, document }) // 'group MyUsers inline policy MyUsersPolicy'
 */
export function describePolicySource(policy: Pick<NamedPolicy, 'name' | 'source'>): string {
  return policySourceText(policy).english;
}

/** describePolicySource as a catalogue Message. */
export function policySourceText(policy: Pick<NamedPolicy, 'name' | 'source'>): Message {
  const { name, source } = policy;
  switch (source.kind) {
    case 'group-inline':
      return policyText.groupInline({ group: source.groupName, name });
    case 'user-inline':
      return policyText.userInline({ user: source.userName, name });
    case 'role-inline':
      return policyText.roleInline({ role: source.roleName, name });
    case 'trust':
      return policyText.trustPolicyOf({ role: source.roleName });
    case 'managed':
      return policyText.managedAttached({ name, attachedTo: source.attachedTo });
    case 'custom':
      return policyText.custom({ name });
  }
}
