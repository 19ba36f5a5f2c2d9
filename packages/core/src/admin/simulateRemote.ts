import {
  type ContextEntry,
  type EvaluationResult as IamEvaluationResult,
  SimulateCustomPolicyCommand,
  SimulatePrincipalPolicyCommand,
} from '@aws-sdk/client-iam';
import { listAll } from '../aws/listAll.js';
import { AwsMfaError } from '../errors.js';
import { adminText } from '../messages/en/admin.js';
import type { Decision, PolicyDocument } from '../policy/types.js';
import { callIam, type IamClient } from './iamCall.js';

/** Whose policies IAM's simulator evaluates: a user's or group's, or documents given inline. */
export type SimulationPrincipal =
  | { kind: 'user'; arn: string; userName: string }
  | { kind: 'group'; arn: string; groupName: string }
  | { kind: 'custom'; documents: readonly PolicyDocument[] };

/** IAM's verdict on one action. */
export interface RemoteDecision {
  action: string;
  resource: string;
  decision: Decision;
  /** The policies IAM says decided, e.g. `MyUsersPolicy` or `PolicyInputList.1`, with line:column. */
  matchedStatements: string[];
}

// The ContextKeyType IAM needs for each key awsmfa sends; anything else goes as a string.
const contextKeyTypes: Record<string, 'boolean' | 'ip' | 'numeric' | 'date'> = {
  'aws:MultiFactorAuthPresent': 'boolean',
  'aws:ViaAWSService': 'boolean',
  'aws:SecureTransport': 'boolean',
  'aws:SourceIp': 'ip',
  'aws:MultiFactorAuthAge': 'numeric',
  'aws:EpochTime': 'numeric',
  'aws:CurrentTime': 'date',
  'aws:TokenIssueTime': 'date',
};

/**
 * Turns a request context (as `callerContext` builds it) into IAM simulator ContextEntries, typed
 * so that IAM compares them as it does in real requests (`ip` for aws:SourceIp, `boolean` for MFA).
 *
 * @example contextEntries({ 'aws:SourceIp': '203.0.113.9' }) // [{ ContextKeyName: 'aws:SourceIp', ContextKeyType: 'ip', ContextKeyValues: ['203.0.113.9'] }]
 */
export function contextEntries(
  context: Readonly<Record<string, string | readonly string[]>>,
): ContextEntry[] {
  return Object.entries(context).map(([name, value]) => {
    const values = typeof value === 'string' ? [value] : [...value];
    const type = contextKeyTypes[name] ?? 'string';
    return {
      ContextKeyName: name,
      ContextKeyType: values.length > 1 ? (`${type}List` as ContextEntry['ContextKeyType']) : type,
      ContextKeyValues: values,
    };
  });
}

/**
 * Asks IAM's own policy simulator (SimulatePrincipalPolicy for a user or group,
 * SimulateCustomPolicy for documents) to decide `actions` on `resource` in `context`.
 */
export async function simulateRemote(
  iam: IamClient,
  input: {
    principal: SimulationPrincipal;
    actions: readonly string[];
    resource: string;
    context: Readonly<Record<string, string | readonly string[]>>;
  },
): Promise<RemoteDecision[]> {
  const common = {
    ActionNames: [...input.actions],
    ResourceArns: [input.resource],
    ContextEntries: contextEntries(input.context),
  };
  const { principal } = input;
  // IAM pages the results (100 by default), so a long action list needs the markers followed.
  let results: IamEvaluationResult[];
  if (principal.kind === 'custom') {
    const call = { action: 'iam:SimulateCustomPolicy', target: adminText.theGivenPolicy() };
    const PolicyInputList = principal.documents.map((document) => JSON.stringify(document));
    results = await listAll((marker) =>
      callIam(call, () =>
        iam.send(new SimulateCustomPolicyCommand({ ...common, PolicyInputList, Marker: marker })),
      ).then((r) => ({ items: r.EvaluationResults ?? [], marker: r.Marker, truncated: r.IsTruncated })),
    );
  } else {
    const target =
      principal.kind === 'user'
        ? adminText.user({ name: principal.userName })
        : adminText.group({ name: principal.groupName });
    const call = { action: 'iam:SimulatePrincipalPolicy', target };
    results = await listAll((marker) =>
      callIam(call, () =>
        iam.send(
          new SimulatePrincipalPolicyCommand({ ...common, PolicySourceArn: principal.arn, Marker: marker }),
        ),
      ).then((r) => ({ items: r.EvaluationResults ?? [], marker: r.Marker, truncated: r.IsTruncated })),
    );
  }
  return results.map((result) => ({
    action: result.EvalActionName ?? '',
    resource: result.EvalResourceName ?? input.resource,
    decision: toDecision(result.EvalDecision),
    matchedStatements: (result.MatchedStatements ?? []).map((statement) => {
      const at = statement.StartPosition;
      return at
        ? `${statement.SourcePolicyId} (line ${at.Line}, column ${at.Column})`
        : `${statement.SourcePolicyId}`;
    }),
  }));
}

function toDecision(value: string | undefined): Decision {
  if (value === 'allowed' || value === 'explicitDeny' || value === 'implicitDeny') return value;
  throw new AwsMfaError('SERVICE_ERROR', adminText.simulatorDecision({ value: JSON.stringify(value) }));
}
