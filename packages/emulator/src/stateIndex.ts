// Lookups by user over the whole state (a user's keys, devices, groups), built once and reused
// until a request changes the state. Without it every request of an account of 10,000 users
// scanned every key, device and group membership: quadratic over an audit.
import type { AccessKeyRecord, GroupRecord, MfaDeviceRecord, State } from './state.js';

/** What the index answers. */
export interface StateIndex {
  /** The user's access keys, oldest first. */
  accessKeysOf(userName: string): readonly AccessKeyRecord[];
  /** The MFA devices enabled for the user. */
  mfaDevicesOf(userName: string): readonly MfaDeviceRecord[];
  /** The groups the user is a member of. */
  groupsOf(userName: string): readonly GroupRecord[];
}

const indexes = new WeakMap<State, StateIndex>();

function group<T>(items: Iterable<T>, keyOf: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** The index of `state`, built on first use after the last `invalidateStateIndex`. */
export function stateIndex(state: State): StateIndex {
  let index = indexes.get(state);
  if (index === undefined) {
    const keys = group(
      Object.values(state.accessKeys).sort((a, b) => (a.createDate < b.createDate ? -1 : 1)),
      (key) => key.userName,
    );
    const devices = group(Object.values(state.mfaDevices), (device) => device.userName);
    const groups = new Map<string, GroupRecord[]>();
    for (const record of Object.values(state.groups)) {
      for (const member of record.members) {
        const list = groups.get(member);
        if (list) list.push(record);
        else groups.set(member, [record]);
      }
    }
    index = {
      accessKeysOf: (userName) => keys.get(userName) ?? [],
      mfaDevicesOf: (userName) => devices.get(userName) ?? [],
      groupsOf: (userName) => groups.get(userName) ?? [],
    };
    indexes.set(state, index);
  }
  return index;
}

/** Forgets the index of `state`: call after anything that may have changed it. */
export function invalidateStateIndex(state: State): void {
  indexes.delete(state);
}

/** Actions that only read the indexed parts of the state; any other request invalidates the index. */
export function keepsStateIndex(action: string): boolean {
  return /^(Get|List|Simulate)/.test(action);
}
