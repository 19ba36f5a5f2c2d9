import type { ActionRequest } from '../action.js';

/** One request of a JSON-protocol service: the query request's facts with the parsed body. */
export interface JsonActionRequest extends Omit<ActionRequest, 'params'> {
  input: Record<string, unknown>;
  /** True when the caller's account is a member (not the management account) of an organization. */
  isMember: boolean;
}

/** A JSON-protocol action (`X-Amz-Target: Prefix.Action`): the IAM action to authorize, and what it does. */
export interface JsonAction {
  permission: string;
  run(request: JsonActionRequest): Record<string, unknown>;
}
