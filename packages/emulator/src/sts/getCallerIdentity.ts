import type { QueryAction } from '../action.js';
import { callerArn, callerUserId } from '../caller.js';

/** STS GetCallerIdentity: always allowed, whatever the policies say (as in AWS). */
export const getCallerIdentity: QueryAction = {
  run({ runtime, caller }) {
    return {
      UserId: callerUserId(caller),
      Account: runtime.accountId,
      Arn: callerArn(runtime.accountId, caller),
    };
  },
};
