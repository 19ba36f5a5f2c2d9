import type { QueryAction } from '../action.js';
import { arns } from '../state.js';

/** STS GetCallerIdentity: always allowed, whatever the policies say (as in AWS). */
export const getCallerIdentity: QueryAction = {
  run({ runtime, caller }) {
    return {
      UserId: caller.user.userId,
      Account: runtime.accountId,
      Arn: arns.user(runtime.accountId, caller.user),
    };
  },
};
