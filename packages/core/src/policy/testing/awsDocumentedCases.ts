// biome-ignore-all lint/suspicious/noTemplateCurlyInString: `${aws:username}` and the like are IAM policy-variable text, not templates.
// An oracle for the policy evaluator that does not come from the evaluator: requests and their
// outcomes transcribed from AWS's documentation of the policy language and evaluation logic. Each
// case names the page (and section) it comes from. Where a page has a table of "request context →
// Match / No match", each row is a case; where it states a rule in prose ("If the key is not
// present, evaluate the condition element as true"), the case is that rule applied to the page's
// own example policy.
//
// Outcomes: a statement with Effect Allow turns Match into `allowed` and No match into
// `implicitDeny`. A documented Deny statement "does not allow any actions. Use this policy in
// combination with other policies that allow specific actions", so Deny cases carry such a
// policy (`allowEverything`): Match is `explicitDeny`, No match is `allowed`.
//
// Rows left out on purpose, because the page contradicts itself there:
// - condition operators, "Wildcard matching" (aws:ResourceOrgPaths with ForAllValues:StringNotLike):
//   all three rows contradict the page's own statement that ForAllValues holds when every request
//   value satisfies the operator, and that it holds for a missing key.
// - condition operators, ForAllValues:ArnLike, the row "costcenter + admin → No match": both ARNs
//   match `distribution/*` in the policy, which the page's rule makes a Match.
// - aws:MultiFactorAuthPresent, "Deny + Null true behaves the same way" as Deny + Bool false: it
//   does not for a request without the key, so no case is derived from that sentence.
import type { Decision, PolicyDocument, PolicyStatement, RequestContext } from '../types.js';

/** One documented request and what AWS decides for it. */
export interface DocumentedCase {
  /** The documented situation, in the page's words where possible. */
  name: string;
  /** The page (and section) of AWS's documentation the case is transcribed from. */
  source: string;
  policies: readonly PolicyDocument[];
  request: RequestContext;
  expected: Decision;
}

type Context = RequestContext['context'];

const guide = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/';
const page = {
  conditionOperators: `${guide}reference_policies_elements_condition_operators.html`,
  condition: `${guide}reference_policies_elements_condition.html`,
  multivaluedExamples: `${guide}reference_policies_condition_examples-multi-valued-context-keys.html`,
  singleValuedExamples: `${guide}reference_policies_condition_examples-single-valued-context-keys.html`,
  singleVsMultivalued: `${guide}reference_policies_condition-single-vs-multi-valued-context-keys.html`,
  multipleKeysOrValues: `${guide}reference_policies_condition-logic-multiple-context-keys-or-values.html`,
  multiValueConditions: `${guide}reference_policies_multi-value-conditions.html`,
  conditionKeys: `${guide}reference_policies_condition-keys.html`,
  evaluationLogic: `${guide}reference_policies_evaluation-logic.html`,
  notAction: `${guide}reference_policies_elements_notaction.html`,
  notResource: `${guide}reference_policies_elements_notresource.html`,
  action: `${guide}reference_policies_elements_action.html`,
  resource: `${guide}reference_policies_elements_resource.html`,
  variables: `${guide}reference_policies_variables.html`,
  denyIp: `${guide}reference_policies_examples_aws_deny-ip.html`,
  dates: `${guide}reference_policies_examples_aws-dates.html`,
  mfaDates: `${guide}reference_policies_examples_aws_mfa-dates.html`,
  denyRegion: `${guide}reference_policies_examples_aws_deny-requested-region.html`,
  ec2RequireMfa: `${guide}reference_policies_examples_ec2_require-mfa.html`,
  mfaSelfManage: `${guide}reference_policies_examples_iam_mfa-selfmanage.html`,
} as const;

const policy = (...statements: PolicyStatement[]): PolicyDocument => ({
  Version: '2012-10-17',
  Statement: statements,
});

/** The policy a documented Deny-only policy is combined with, so that "not denied" shows as allowed. */
const allowEverything = policy({ Sid: 'AllowEverythingElse', Effect: 'Allow', Action: '*', Resource: '*' });

/** Cases for the rows of a documented table: one statement, one action on one resource, many contexts. */
function rows(
  source: string,
  statement: PolicyStatement,
  request: { action: string; resource: string; context?: Context },
  table: ReadonlyArray<readonly [name: string, context: Context, match: boolean]>,
): DocumentedCase[] {
  const deny = statement.Effect === 'Deny';
  return table.map(([name, context, match]) => ({
    name,
    source,
    policies: deny ? [policy(statement), allowEverything] : [policy(statement)],
    request: {
      action: request.action,
      resource: request.resource,
      context: { ...request.context, ...context },
    },
    expected: match ? (deny ? 'explicitDeny' : 'allowed') : deny ? 'allowed' : 'implicitDeny',
  }));
}

/** One case with whole policies. */
function decide(
  name: string,
  source: string,
  policies: readonly PolicyDocument[],
  request: { action: string; resource: string; context?: Context },
  expected: Decision,
): DocumentedCase {
  return { name, source, policies, request: { context: {}, ...request }, expected };
}

// --- Condition operators -------------------------------------------------------------------------

const operatorCases: DocumentedCase[] = [
  ...rows(
    `${page.conditionOperators}#Conditions_String`,
    {
      Effect: 'Allow',
      Action: 'iam:*AccessKey*',
      Resource: 'arn:aws:iam::111122223333:user/*',
      Condition: { StringEquals: { 'aws:PrincipalTag/job-category': 'iamuser-admin' } },
    },
    { action: 'iam:CreateAccessKey', resource: 'arn:aws:iam::111122223333:user/alice' },
    [
      [
        'StringEquals: principal tagged job-category=iamuser-admin',
        { 'aws:PrincipalTag/job-category': 'iamuser-admin' },
        true,
      ],
      [
        'StringEquals: principal tagged job-category=dev-ops',
        { 'aws:PrincipalTag/job-category': 'dev-ops' },
        false,
      ],
      ['StringEquals: principal without the job-category tag', {}, false],
    ],
  ),
  ...rows(
    `${page.conditionOperators}#Conditions_String`,
    {
      Effect: 'Allow',
      Action: 'ec2:CreateTags',
      Resource: 'arn:aws:ec2:*:*:instance/*',
      Condition: {
        StringEqualsIgnoreCase: { 'aws:RequestTag/environment': ['preprod', 'storage'] },
        'ForAnyValue:StringEquals': { 'aws:TagKeys': 'environment' },
      },
    },
    { action: 'ec2:CreateTags', resource: 'arn:aws:ec2:us-east-1:111122223333:instance/i-0abc' },
    [
      [
        'ForAnyValue with StringEqualsIgnoreCase: TagKeys [environment], environment=preprod',
        { 'aws:TagKeys': ['environment'], 'aws:RequestTag/environment': 'preprod' },
        true,
      ],
      [
        'ForAnyValue with StringEqualsIgnoreCase: TagKeys [environment, costcenter], environment=PreProd',
        { 'aws:TagKeys': ['environment', 'costcenter'], 'aws:RequestTag/environment': 'PreProd' },
        true,
      ],
      [
        'ForAnyValue:StringEquals is case sensitive: TagKeys [Environment]',
        { 'aws:TagKeys': ['Environment'], 'aws:RequestTag/Environment': 'preprod' },
        false,
      ],
      [
        'ForAnyValue: TagKeys [costcenter] only',
        { 'aws:TagKeys': ['costcenter'], 'aws:RequestTag/environment': 'preprod' },
        false,
      ],
      [
        'ForAnyValue: no aws:TagKeys, environment=storage',
        { 'aws:RequestTag/environment': 'storage' },
        false,
      ],
      [
        'ForAnyValue: TagKeys [environment], no aws:RequestTag/environment',
        { 'aws:TagKeys': ['environment'] },
        false,
      ],
      ['ForAnyValue: neither key in the request', {}, false],
    ],
  ),
  ...rows(
    `${page.conditionOperators}#Conditions_Numeric`,
    {
      Effect: 'Allow',
      Action: 's3:ListBucket',
      Resource: 'arn:aws:s3:::amzn-s3-demo-bucket',
      Condition: { NumericLessThanEquals: { 's3:max-keys': '10' } },
    },
    { action: 's3:ListBucket', resource: 'arn:aws:s3:::amzn-s3-demo-bucket' },
    [
      ['NumericLessThanEquals: max-keys 10 may list up to 10 objects', { 's3:max-keys': '10' }, true],
      ['NumericLessThanEquals: max-keys 5', { 's3:max-keys': '5' }, true],
      ['NumericLessThanEquals: max-keys 11 is more than 10', { 's3:max-keys': '11' }, false],
      ['NumericLessThanEquals: no max-keys in the request: the values do not match', {}, false],
    ],
  ),
  ...rows(
    `${page.conditionOperators}#Conditions_Date`,
    {
      Effect: 'Allow',
      Action: 'iam:*AccessKey*',
      Resource: 'arn:aws:iam::111122223333:user/*',
      Condition: { DateGreaterThan: { 'aws:TokenIssueTime': '2020-01-01T00:00:01Z' } },
    },
    { action: 'iam:ListAccessKeys', resource: 'arn:aws:iam::111122223333:user/alice' },
    [
      ['DateGreaterThan: credentials issued in 2020', { 'aws:TokenIssueTime': '2020-06-15T12:00:00Z' }, true],
      [
        'DateGreaterThan: credentials issued in 2019',
        { 'aws:TokenIssueTime': '2019-12-31T23:59:59Z' },
        false,
      ],
      ['DateGreaterThan: an IAM user signing with access keys has no aws:TokenIssueTime: denied', {}, false],
    ],
  ),
  ...rows(
    `${page.conditionOperators}#Conditions_Boolean`,
    {
      Sid: 'BooleanExample',
      Effect: 'Deny',
      Action: 's3:ReplicateObject',
      Resource: ['arn:aws:s3:::amzn-s3-demo-bucket', 'arn:aws:s3:::amzn-s3-demo-bucket/*'],
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    },
    { action: 's3:ReplicateObject', resource: 'arn:aws:s3:::amzn-s3-demo-bucket/report.csv' },
    [
      ['Bool: aws:SecureTransport false (not over SSL) is denied', { 'aws:SecureTransport': 'false' }, true],
      ['Bool: aws:SecureTransport true', { 'aws:SecureTransport': 'true' }, false],
      ['Bool: no aws:SecureTransport in the request', {}, false],
    ],
  ),
  ...rows(
    `${page.conditionOperators}#Conditions_BinaryEquals`,
    {
      Effect: 'Allow',
      Action: 'someservice:*',
      Resource: '*',
      Condition: { BinaryEquals: { key: 'QmluYXJ5VmFsdWVJbkJhc2U2NA==' } },
    },
    { action: 'someservice:DoSomething', resource: '*' },
    [
      ['BinaryEquals: the same base-64 value', { key: 'QmluYXJ5VmFsdWVJbkJhc2U2NA==' }, true],
      ['BinaryEquals: another value', { key: 'ASIAIOSFODNN7EXAMPLE' }, false],
      ['BinaryEquals: no key in the request', {}, false],
    ],
  ),
  ...rows(
    `${page.conditionOperators}#Conditions_IPAddress`,
    {
      Effect: 'Allow',
      Action: 'iam:*AccessKey*',
      Resource: 'arn:aws:iam::111122223333:user/*',
      Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
    },
    { action: 'iam:CreateAccessKey', resource: 'arn:aws:iam::111122223333:user/alice' },
    [
      ['IpAddress 203.0.113.0/24: from 203.0.113.1', { 'aws:SourceIp': '203.0.113.1' }, true],
      [
        'IpAddress 203.0.113.0/24: from 203.0.113.255, the end of the range',
        { 'aws:SourceIp': '203.0.113.255' },
        true,
      ],
      ['IpAddress 203.0.113.0/24: from 198.51.100.1', { 'aws:SourceIp': '198.51.100.1' }, false],
      ['IpAddress: through a VPC endpoint there is no aws:SourceIp: false, implicitly denied', {}, false],
    ],
  ),
  ...rows(
    `${page.conditionOperators}#Conditions_IPAddress`,
    {
      Effect: 'Allow',
      Action: 'someservice:*',
      Resource: '*',
      Condition: { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:DB8:1234:5678::/64'] } },
    },
    { action: 'someservice:DoSomething', resource: '*' },
    [
      ['IPv4 and IPv6 ranges: from 203.0.113.77', { 'aws:SourceIp': '203.0.113.77' }, true],
      ['IPv4 and IPv6 ranges: from 2001:db8:1234:5678::1', { 'aws:SourceIp': '2001:db8:1234:5678::1' }, true],
      [
        'IPv4 and IPv6 ranges: from 2001:db8:1234:5678:ffff:ffff:ffff:ffff, the end of the /64',
        { 'aws:SourceIp': '2001:db8:1234:5678:ffff:ffff:ffff:ffff' },
        true,
      ],
      [
        'IPv4 and IPv6 ranges: from 2001:db8:1234:5679::1',
        { 'aws:SourceIp': '2001:db8:1234:5679::1' },
        false,
      ],
      ['IPv4 and IPv6 ranges: from 198.51.100.1', { 'aws:SourceIp': '198.51.100.1' }, false],
    ],
  ),
  ...rows(
    `${page.conditionOperators}#Conditions_IPAddress`,
    {
      Effect: 'Allow',
      Action: 'someservice:*',
      Resource: '*',
      Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0' } },
    },
    { action: 'someservice:DoSomething', resource: '*' },
    [
      [
        'an address without a routing prefix is a /32: from that address',
        { 'aws:SourceIp': '203.0.113.0' },
        true,
      ],
      [
        'an address without a routing prefix is a /32: from the next address',
        { 'aws:SourceIp': '203.0.113.1' },
        false,
      ],
    ],
  ),
  ...rows(
    `${page.conditionOperators}#Conditions_ARN`,
    {
      Effect: 'Allow',
      Action: 'SQS:SendMessage',
      Resource: 'arn:aws:sqs:us-west-2:123456789012:QUEUE-ID',
      Condition: { ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:us-west-2:123456789012:TOPIC-ID' } },
    },
    { action: 'sqs:SendMessage', resource: 'arn:aws:sqs:us-west-2:123456789012:QUEUE-ID' },
    [
      [
        'ArnEquals: sent on behalf of the topic',
        { 'aws:SourceArn': 'arn:aws:sns:us-west-2:123456789012:TOPIC-ID' },
        true,
      ],
      [
        'ArnEquals: a topic of another account',
        { 'aws:SourceArn': 'arn:aws:sns:us-west-2:777788889999:TOPIC-ID' },
        false,
      ],
      ['ArnEquals: an IAM user calling directly has no aws:SourceArn', {}, false],
    ],
  ),
  ...rows(
    `${page.conditionOperators}#Conditions_ARN`,
    {
      Effect: 'Allow',
      Action: 'logs:PutDeliverySource',
      Resource: 'arn:aws:logs:us-east-1:123456789012:delivery-source:*',
      Condition: {
        'ForAllValues:ArnLike': {
          'logs:LogGeneratingResourceArns': [
            'arn:aws:cloudfront::123456789012:distribution/*',
            'arn:aws:cloudfront::123456789012:distribution/support*',
          ],
        },
      },
    },
    { action: 'logs:PutDeliverySource', resource: 'arn:aws:logs:us-east-1:123456789012:delivery-source:cf' },
    [
      [
        'ForAllValues:ArnLike: one distribution of the account',
        { 'logs:LogGeneratingResourceArns': ['arn:aws:cloudfront::123456789012:distribution/costcenter'] },
        true,
      ],
      [
        'ForAllValues:ArnLike: two distributions of the account',
        {
          'logs:LogGeneratingResourceArns': [
            'arn:aws:cloudfront::123456789012:distribution/costcenter',
            'arn:aws:cloudfront::123456789012:distribution/support2025',
          ],
        },
        true,
      ],
      [
        'ForAllValues:ArnLike: a distribution of another account',
        { 'logs:LogGeneratingResourceArns': ['arn:aws:cloudfront::777788889999:distribution/costcenter'] },
        false,
      ],
      ['ForAllValues:ArnLike: no context key in the request returns true', {}, true],
    ],
  ),
  ...rows(
    `${page.conditionOperators}#Conditions_ARN`,
    {
      Effect: 'Allow',
      Action: 'someservice:*',
      Resource: '*',
      Condition: { StringLike: { 'aws:SourceArn': 'arn:aws:someservice:*:111122223333:finance/*' } },
    },
    { action: 'someservice:Read', resource: '*' },
    [
      [
        'StringLike: the first * matches across colons',
        {
          'aws:SourceArn':
            'arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt',
        },
        true,
      ],
    ],
  ),
  ...rows(
    `${page.conditionOperators}#Conditions_ARN`,
    {
      Effect: 'Allow',
      Action: 'someservice:*',
      Resource: '*',
      Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:someservice:*:111122223333:finance/*' } },
    },
    { action: 'someservice:Read', resource: '*' },
    [
      [
        'ArnLike: each colon-delimited part is matched separately, so the account part fails',
        {
          'aws:SourceArn':
            'arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt',
        },
        false,
      ],
      [
        'ArnLike: the same pattern matches an ARN of the account',
        { 'aws:SourceArn': 'arn:aws:someservice:us-east-2:111122223333:finance/document.txt' },
        true,
      ],
    ],
  ),
  ...rows(
    `${page.conditionOperators}#Conditions_IfExists`,
    {
      Sid: 'RunInstance',
      Effect: 'Allow',
      Action: 'ec2:RunInstances',
      Resource: '*',
      Condition: { StringLikeIfExists: { 'ec2:InstanceType': ['t1.*', 't2.*', 'm3.*'] } },
    },
    { action: 'ec2:RunInstances', resource: 'arn:aws:ec2:us-east-1:111122223333:instance/*' },
    [
      ['StringLikeIfExists: instance type t1.micro', { 'ec2:InstanceType': 't1.micro' }, true],
      ['StringLikeIfExists: instance type m2.micro', { 'ec2:InstanceType': 'm2.micro' }, false],
      ['StringLikeIfExists: a resource without ec2:InstanceType (an image, a key pair)', {}, true],
    ],
  ),
  ...rows(
    `${page.conditionOperators}#Conditions_IfExists`,
    {
      Sid: 'THISPOLICYDOESNOTWORK',
      Effect: 'Allow',
      Action: 'ec2:RunInstances',
      Resource: '*',
      Condition: { StringLike: { 'ec2:InstanceType': ['t1.*', 't2.*', 'm3.*'] } },
    },
    { action: 'ec2:RunInstances', resource: 'arn:aws:ec2:us-east-1::image/ami-0abc' },
    [['StringLike without IfExists: the image has no ec2:InstanceType, so the check fails', {}, false]],
  ),
  ...rows(
    `${page.conditionOperators}#Conditions_Null`,
    {
      Effect: 'Allow',
      Action: 'ec2:*',
      Resource: '*',
      Condition: { Null: { 'aws:TokenIssueTime': 'false' } },
    },
    { action: 'ec2:DescribeInstances', resource: '*' },
    [
      [
        'Null false: temporary credentials have aws:TokenIssueTime',
        { 'aws:TokenIssueTime': '2026-05-04T08:00:00Z' },
        true,
      ],
      ['Null false: long-term credentials have no aws:TokenIssueTime', {}, false],
    ],
  ),
  ...rows(
    `${page.conditionOperators}#Conditions_Null`,
    {
      Effect: 'Allow',
      Action: 'ec2:*',
      Resource: '*',
      Condition: { Null: { 'aws:TokenIssueTime': 'true' } },
    },
    { action: 'ec2:DescribeInstances', resource: '*' },
    [
      ['Null true: the key must not exist (own credentials)', {}, true],
      [
        'Null true: temporary credentials are refused',
        { 'aws:TokenIssueTime': '2026-05-04T08:00:00Z' },
        false,
      ],
    ],
  ),
];

/** "If the key … is not present in the request context, the values do not match and the condition is false … such as StringNotLike or ArnNotLike, … the condition is true. This logic applies to all condition operators except ...IfExists and Null." */
const missingKeyCases: DocumentedCase[] = (
  [
    ['StringEquals', 'x', false],
    ['StringLike', '*', false],
    ['StringEqualsIgnoreCase', 'x', false],
    ['NumericEquals', '1', false],
    ['NumericGreaterThanEquals', '0', false],
    ['DateEquals', '2026-01-01T00:00:00Z', false],
    ['DateLessThan', '2030-01-01T00:00:00Z', false],
    ['Bool', 'true', false],
    ['BinaryEquals', 'QmluYXJ5', false],
    ['IpAddress', '0.0.0.0/0', false],
    ['ArnLike', 'arn:*', false],
    ['ArnEquals', 'arn:aws:sns:us-east-1:123456789012:t', false],
    ['StringNotLike', 'x*', true],
    ['ArnNotLike', 'arn:aws:sns:*', true],
    ['StringNotEquals', 'x', true],
    ['StringNotEqualsIgnoreCase', 'x', true],
    ['NumericNotEquals', '1', true],
    ['DateNotEquals', '2026-01-01T00:00:00Z', true],
    ['NotIpAddress', '192.0.2.0/24', true],
    ['ArnNotEquals', 'arn:aws:sns:us-east-1:123456789012:t', true],
    ['StringEqualsIfExists', 'x', true],
    ['NumericLessThanIfExists', '10', true],
    ['BoolIfExists', 'true', true],
    ['IpAddressIfExists', '192.0.2.0/24', true],
    ['DateGreaterThanIfExists', '2030-01-01T00:00:00Z', true],
  ] as const
).flatMap(([operator, value, holds]) =>
  rows(
    `${page.conditionOperators}#${operator.includes('IfExists') ? 'Conditions_IfExists' : 'topiclist'}`,
    {
      Effect: 'Allow',
      Action: 'someservice:*',
      Resource: '*',
      Condition: { [operator]: { 'someservice:Key': value } },
    },
    { action: 'someservice:Act', resource: '*' },
    [[`${operator} on a key the request does not carry is ${holds}`, {}, holds]],
  ),
);

const ifExistsCases: DocumentedCase[] = [
  ...rows(
    `${page.conditionOperators}#Conditions_IfExists`,
    {
      Effect: 'Deny',
      Action: 's3:*',
      Resource: '*',
      Condition: { StringNotEqualsIfExists: { 'aws:ResourceTag/team': 'blue' } },
    },
    { action: 's3:GetObject', resource: 'arn:aws:s3:::team-bucket/plan.txt' },
    [
      ['Deny with StringNotEqualsIfExists: still denied when the tag is missing', {}, true],
      [
        'Deny with StringNotEqualsIfExists: a resource tagged team=red is denied',
        { 'aws:ResourceTag/team': 'red' },
        true,
      ],
      [
        'Deny with StringNotEqualsIfExists: a resource tagged team=blue is not',
        { 'aws:ResourceTag/team': 'blue' },
        false,
      ],
    ],
  ),
  ...rows(
    `${page.conditionOperators}#Conditions_IfExists`,
    {
      Effect: 'Allow',
      Action: 'someservice:*',
      Resource: '*',
      Condition: { StringEqualsIfExists: { 'someservice:Key': 'a' } },
    },
    { action: 'someservice:Act', resource: '*' },
    [
      [
        '…IfExists on a present key processes it as specified: a matching value',
        { 'someservice:Key': 'a' },
        true,
      ],
      [
        '…IfExists on a present key processes it as specified: another value',
        { 'someservice:Key': 'b' },
        false,
      ],
    ],
  ),
];

const stringOperatorCases: DocumentedCase[] = [
  ...rows(
    `${page.condition}`,
    {
      Effect: 'Allow',
      Action: 'someservice:*',
      Resource: '*',
      Condition: { StringEquals: { 'aws:username': 'johndoe' } },
    },
    { action: 'someservice:Act', resource: '*' },
    [
      ['StringEquals: only requests made by johndoe match', { 'aws:username': 'johndoe' }, true],
      ['StringEquals: users named JohnDoe are denied access', { 'aws:username': 'JohnDoe' }, false],
    ],
  ),
  ...rows(
    `${page.condition}`,
    {
      Effect: 'Allow',
      Action: 'someservice:*',
      Resource: '*',
      Condition: { StringEqualsIgnoreCase: { 'aws:username': 'johndoe' } },
    },
    { action: 'someservice:Act', resource: '*' },
    [
      ['StringEqualsIgnoreCase matches johndoe', { 'aws:username': 'johndoe' }, true],
      ['StringEqualsIgnoreCase matches JohnDoe', { 'aws:username': 'JohnDoe' }, true],
      ['StringEqualsIgnoreCase does not match johndoe2', { 'aws:username': 'johndoe2' }, false],
    ],
  ),
  ...rows(
    `${page.conditionOperators}#Conditions_String`,
    {
      Effect: 'Allow',
      Action: 'someservice:*',
      Resource: '*',
      Condition: { StringNotEqualsIgnoreCase: { 'aws:username': 'johndoe' } },
    },
    { action: 'someservice:Act', resource: '*' },
    [
      ['StringNotEqualsIgnoreCase: JOHNDOE is johndoe ignoring case', { 'aws:username': 'JOHNDOE' }, false],
      ['StringNotEqualsIgnoreCase: janedoe is not', { 'aws:username': 'janedoe' }, true],
    ],
  ),
  ...rows(
    `${page.conditionOperators}#Conditions_String`,
    {
      Effect: 'Allow',
      Action: 's3:ListBucket',
      Resource: 'arn:aws:s3:::mybucket',
      Condition: { StringLike: { 's3:prefix': ['janedoe/*', 'jane?oe'] } },
    },
    { action: 's3:ListBucket', resource: 'arn:aws:s3:::mybucket' },
    [
      ['StringLike: * matches any run of characters', { 's3:prefix': 'janedoe/photos/2024/' }, true],
      ['StringLike: ? matches a single character', { 's3:prefix': 'janeXoe' }, true],
      ['StringLike: ? does not match two characters', { 's3:prefix': 'janeXXoe' }, false],
      ['StringLike is case-sensitive', { 's3:prefix': 'JaneDoe/photos/' }, false],
      ['StringLike: partial matches need a wildcard', { 's3:prefix': 'xjanedoe/' }, false],
    ],
  ),
  ...rows(
    `${page.conditionOperators}#Conditions_String`,
    {
      Effect: 'Allow',
      Action: 'someservice:*',
      Resource: '*',
      Condition: { StringNotLike: { 'aws:username': ['admin*', 'root?'] } },
    },
    { action: 'someservice:Act', resource: '*' },
    [
      ['StringNotLike: a value matching one pattern', { 'aws:username': 'admin-jane' }, false],
      ['StringNotLike: a value matching the other pattern', { 'aws:username': 'root1' }, false],
      ['StringNotLike: a value matching neither', { 'aws:username': 'jane' }, true],
    ],
  ),
];

// --- Multivalued context keys --------------------------------------------------------------------

const denyTagKeysKey1 = {
  Sid: 'DenyRestrictedTags',
  Effect: 'Deny',
  Action: ['iam:Tag*', 'iam:UnTag*'],
  Resource: ['*'],
} as const;

const multivaluedCases: DocumentedCase[] = [
  ...rows(
    `${page.multivaluedExamples}#reference_policies_condition_examples-multi-valued-context-keys-1`,
    {
      ...denyTagKeysKey1,
      Action: [...denyTagKeysKey1.Action],
      Resource: ['*'],
      Condition: { 'ForAllValues:StringNotLike': { 'aws:TagKeys': 'key1*' } },
    },
    { action: 'iam:TagUser', resource: 'arn:aws:iam::111122223333:user/alice' },
    [
      ['ForAllValues:StringNotLike key1*: [key1:legal]', { 'aws:TagKeys': ['key1:legal'] }, false],
      [
        'ForAllValues:StringNotLike key1*: [key1:hr, key1:personnel]',
        { 'aws:TagKeys': ['key1:hr', 'key1:personnel'] },
        false,
      ],
      ['ForAllValues:StringNotLike key1*: [key2:audit]', { 'aws:TagKeys': ['key2:audit'] }, true],
      ['ForAllValues:StringNotLike key1*: no aws:TagKeys', {}, true],
    ],
  ),
  ...rows(
    `${page.multivaluedExamples}#reference_policies_condition_examples-multi-valued-context-keys-1`,
    {
      ...denyTagKeysKey1,
      Action: [...denyTagKeysKey1.Action],
      Resource: ['*'],
      Condition: { 'ForAllValues:StringNotLike': { 'aws:TagKeys': ['key1*', 'key2*'] } },
    },
    { action: 'iam:UntagRole', resource: 'arn:aws:iam::111122223333:role/app' },
    [
      ['ForAllValues:StringNotLike [key1*, key2*]: [key1:legal]', { 'aws:TagKeys': ['key1:legal'] }, false],
      [
        'ForAllValues:StringNotLike [key1*, key2*]: [key1:hr, key1:personnel]',
        { 'aws:TagKeys': ['key1:hr', 'key1:personnel'] },
        false,
      ],
      [
        'ForAllValues:StringNotLike [key1*, key2*]: [key1:hr, key2:audit]',
        { 'aws:TagKeys': ['key1:hr', 'key2:audit'] },
        false,
      ],
      ['ForAllValues:StringNotLike [key1*, key2*]: [key3:legal]', { 'aws:TagKeys': ['key3:legal'] }, true],
      ['ForAllValues:StringNotLike [key1*, key2*]: no aws:TagKeys', {}, true],
    ],
  ),
  ...rows(
    `${page.multivaluedExamples}#reference_policies_condition_examples-multi-valued-context-keys-2`,
    {
      Effect: 'Deny',
      Action: ['ec2:CreateSnapshot', 'ec2:CreateSnapshots'],
      Resource: 'arn:aws:ec2:us-west-2::snapshot/*',
      Condition: { 'ForAnyValue:StringEquals': { 'aws:TagKeys': 'webserver' } },
    },
    { action: 'ec2:CreateSnapshot', resource: 'arn:aws:ec2:us-west-2::snapshot/snap-0abc' },
    [
      ['ForAnyValue:StringEquals webserver: [webserver]', { 'aws:TagKeys': ['webserver'] }, true],
      [
        'ForAnyValue:StringEquals webserver: [environment, webserver, test]',
        { 'aws:TagKeys': ['environment', 'webserver', 'test'] },
        true,
      ],
      [
        'ForAnyValue:StringEquals webserver: [environment, test]',
        { 'aws:TagKeys': ['environment', 'test'] },
        false,
      ],
      ['ForAnyValue:StringEquals webserver: no aws:TagKeys', {}, false],
    ],
  ),
  ...rows(
    `${page.singleVsMultivalued}#reference_policies_condition-multi-valued-context-keys`,
    {
      Effect: 'Allow',
      Action: 'ec2:DeleteTags',
      Resource: 'arn:aws:ec2:us-east-1:111122223333:instance/*',
      Condition: {
        'ForAllValues:StringEquals': { 'aws:TagKeys': ['environment', 'cost-center'] },
        Null: { 'aws:TagKeys': 'false' },
      },
    },
    { action: 'ec2:DeleteTags', resource: 'arn:aws:ec2:us-east-1:111122223333:instance/i-0abc' },
    [
      ['ForAllValues + Null false: [environment]', { 'aws:TagKeys': ['environment'] }, true],
      ['ForAllValues + Null false: [cost-center]', { 'aws:TagKeys': ['cost-center'] }, true],
      [
        'ForAllValues + Null false: [environment, cost-center]',
        { 'aws:TagKeys': ['environment', 'cost-center'] },
        true,
      ],
      ['ForAllValues + Null false: [environment, dept]', { 'aws:TagKeys': ['environment', 'dept'] }, false],
      ['ForAllValues + Null false: no aws:TagKeys (the Null check prevents the match)', {}, false],
    ],
  ),
  ...rows(
    `${page.singleVsMultivalued}#reference_policies_condition-multi-valued-context-keys`,
    {
      Effect: 'Allow',
      Action: 'ec2:DeleteTags',
      Resource: 'arn:aws:ec2:us-east-1:111122223333:instance/*',
      Condition: { 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['environment', 'cost-center'] } },
    },
    { action: 'ec2:DeleteTags', resource: 'arn:aws:ec2:us-east-1:111122223333:instance/i-0abc' },
    [
      ['ForAnyValue: [environment]', { 'aws:TagKeys': ['environment'] }, true],
      ['ForAnyValue: [cost-center]', { 'aws:TagKeys': ['cost-center'] }, true],
      ['ForAnyValue: [environment, cost-center]', { 'aws:TagKeys': ['environment', 'cost-center'] }, true],
      ['ForAnyValue: [environment, dept]', { 'aws:TagKeys': ['environment', 'dept'] }, true],
      ['ForAnyValue: [dept]', { 'aws:TagKeys': ['dept'] }, false],
      ['ForAnyValue: no aws:TagKeys', {}, false],
    ],
  ),
  ...rows(
    `${page.singleVsMultivalued}#reference_policies_condition-multi-valued-context-keys`,
    {
      Effect: 'Allow',
      Action: 'ec2:DeleteTags',
      Resource: 'arn:aws:ec2:us-east-1:111122223333:instance/*',
      Condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['environment', 'cost-center'] } },
    },
    { action: 'ec2:DeleteTags', resource: 'arn:aws:ec2:us-east-1:111122223333:instance/i-0abc' },
    [
      ['ForAllValues without a Null check: no aws:TagKeys returns true', {}, true],
      [
        'ForAllValues: a key whose value is an empty string resolves to a null data set: true',
        { 'aws:TagKeys': '' },
        true,
      ],
    ],
  ),
  ...rows(
    `${page.multivaluedExamples}#reference_policies_condition_examples-multi-valued-context-keys-1`,
    {
      Effect: 'Allow',
      Action: 'ec2:DeleteTags',
      Resource: 'arn:aws:ec2:us-east-1:111122223333:instance/*',
      Condition: {
        'ForAllValues:StringEquals': { 'aws:TagKeys': ['environment', 'cost-center'] },
        Null: { 'aws:TagKeys': 'false' },
      },
    },
    { action: 'ec2:DeleteTags', resource: 'arn:aws:ec2:us-east-1:111122223333:instance/i-0abc' },
    [
      [
        'Null false also keeps a context key with an empty value from evaluating to true',
        { 'aws:TagKeys': '' },
        false,
      ],
    ],
  ),
  ...rows(
    `${page.condition}#AccessPolicyLanguage_RequestContext`,
    {
      Effect: 'Allow',
      Action: 'ec2:CreateTags',
      Resource: '*',
      Condition: { Null: { 'aws:RequestTag/owner': 'true' } },
    },
    { action: 'ec2:CreateTags', resource: '*' },
    [
      [
        'Null true: a tag passed with an empty string is null in the request context',
        { 'aws:RequestTag/owner': '' },
        true,
      ],
      ['Null true: a tag with a value is not null', { 'aws:RequestTag/owner': 'alice' }, false],
    ],
  ),
];

const dynamoAttributes = (effect: 'Allow' | 'Deny', action: string, operator: string, values: string[]) =>
  ({
    Effect: effect,
    Action: action,
    Resource: 'arn:aws:dynamodb:*:*:table/Thread',
    Condition: { [operator]: { 'dynamodb:Attributes': values } },
  }) as PolicyStatement;
const thread = 'arn:aws:dynamodb:us-east-1:111122223333:table/Thread';

const multiValueConditionCases: DocumentedCase[] = [
  ...rows(
    `${page.multiValueConditions}#reference_policies_multi-value-conditions-examples`,
    dynamoAttributes('Allow', 'dynamodb:GetItem', 'ForAllValues:StringEquals', ['ID', 'Message', 'Tags']),
    { action: 'dynamodb:GetItem', resource: thread },
    [
      [
        'ForAllValues: getting Message and Tags is allowed',
        { 'dynamodb:Attributes': ['Message', 'Tags'] },
        true,
      ],
      [
        'ForAllValues: the ID key attribute is allowed too',
        { 'dynamodb:Attributes': ['ID', 'Message', 'Tags'] },
        true,
      ],
      [
        'ForAllValues: a request including UserName fails',
        { 'dynamodb:Attributes': ['Message', 'UserName'] },
        false,
      ],
      ['ForAllValues: an empty data set (an empty list) returns true', { 'dynamodb:Attributes': [] }, true],
      [
        'ForAllValues: a null data set, such as an empty string, returns true',
        { 'dynamodb:Attributes': '' },
        true,
      ],
    ],
  ),
  ...rows(
    `${page.multiValueConditions}#reference_policies_multi-value-conditions-eval`,
    dynamoAttributes('Allow', 'dynamodb:GetItem', 'ForAllValues:StringEquals', [
      'PostDateTime',
      'Message',
      'Tags',
    ]),
    { action: 'dynamodb:GetItem', resource: thread },
    [
      [
        'ForAllValues: PostDateTime matches, UserName matches nothing: false',
        { 'dynamodb:Attributes': ['PostDateTime', 'UserName'] },
        false,
      ],
    ],
  ),
  ...rows(
    `${page.multiValueConditions}#reference_policies_multi-value-conditions-examples`,
    dynamoAttributes('Deny', 'dynamodb:PutItem', 'ForAnyValue:StringEquals', ['ID', 'PostDateTime']),
    { action: 'dynamodb:PutItem', resource: thread },
    [
      [
        'ForAnyValue deny: updating PostDateTime and Message is denied',
        { 'dynamodb:Attributes': ['PostDateTime', 'Message'] },
        true,
      ],
      [
        'ForAnyValue deny: PutItem with just UserName is not denied',
        { 'dynamodb:Attributes': ['UserName'] },
        false,
      ],
      [
        'ForAnyValue deny: UserName, Message and PostDateTime: the last test is true',
        { 'dynamodb:Attributes': ['UserName', 'Message', 'PostDateTime'] },
        true,
      ],
      ['ForAnyValue: an empty data set (an empty list) returns false', { 'dynamodb:Attributes': [] }, false],
    ],
  ),
  ...rows(
    `${page.multiValueConditions}#reference_policies_multiple-conditions-eval`,
    {
      Effect: 'Deny',
      Action: 's3:*',
      Resource: '*',
      Condition: { StringNotEquals: { 'aws:PrincipalAccount': ['111122223333', '444455556666'] } },
    },
    { action: 's3:GetObject', resource: 'arn:aws:s3:::shared/file' },
    [
      [
        'StringNotEquals with several values works like AND: a listed account',
        { 'aws:PrincipalAccount': '444455556666' },
        false,
      ],
      [
        'StringNotEquals with several values: an account matching none of them',
        { 'aws:PrincipalAccount': '777788889999' },
        true,
      ],
    ],
  ),
  ...rows(
    `${page.multiValueConditions}#reference_policies_multiple-conditions-eval`,
    {
      Effect: 'Allow',
      Action: 's3:ListBucket',
      Resource: 'arn:aws:s3:::amzn-s3-demo-bucket',
      Condition: {
        StringEqualsIgnoreCase: {
          'aws:PrincipalTag/department': ['finance', 'hr', 'legal'],
          'aws:PrincipalTag/role': ['audit', 'security'],
        },
        StringEquals: { 'aws:PrincipalAccount': '123456789012' },
      },
    },
    { action: 's3:ListBucket', resource: 'arn:aws:s3:::amzn-s3-demo-bucket' },
    [
      [
        'AND across operators and keys, OR across values: Finance, audit, the account',
        {
          'aws:PrincipalTag/department': 'Finance',
          'aws:PrincipalTag/role': 'audit',
          'aws:PrincipalAccount': '123456789012',
        },
        true,
      ],
      [
        'AND across operators: another account',
        {
          'aws:PrincipalTag/department': 'hr',
          'aws:PrincipalTag/role': 'security',
          'aws:PrincipalAccount': '210987654321',
        },
        false,
      ],
      [
        'AND across keys: the role tag is missing',
        { 'aws:PrincipalTag/department': 'hr', 'aws:PrincipalAccount': '123456789012' },
        false,
      ],
    ],
  ),
];

const principalConditions = (arnOperator: 'ArnLike' | 'ArnNotLike'): PolicyStatement => ({
  Sid: 'ExamplePolicy',
  Effect: 'Allow',
  Action: 's3:ListBucket',
  Resource: 'arn:aws:s3:::amzn-s3-demo-bucket',
  Condition: {
    StringEquals: {
      'aws:PrincipalTag/department': ['finance', 'hr', 'legal'],
      'aws:PrincipalTag/role': ['audit', 'security'],
    },
    [arnOperator]: {
      'aws:PrincipalArn': ['arn:aws:iam::222222222222:user/Ana', 'arn:aws:iam::222222222222:user/Mary'],
    },
  },
});
const user222 = (name: string) => `arn:aws:iam::222222222222:user/${name}`;

const multipleKeysCases: DocumentedCase[] = [
  ...rows(
    `${page.multipleKeysOrValues}#reference_policies_multiple-conditions-eval`,
    principalConditions('ArnLike'),
    { action: 's3:ListBucket', resource: 'arn:aws:s3:::amzn-s3-demo-bucket' },
    [
      [
        'StringEquals + ArnLike: legal, audit, Mary',
        {
          'aws:PrincipalTag/department': 'legal',
          'aws:PrincipalTag/role': 'audit',
          'aws:PrincipalArn': user222('Mary'),
        },
        true,
      ],
      [
        'StringEquals + ArnLike: hr, audit, Nikki',
        {
          'aws:PrincipalTag/department': 'hr',
          'aws:PrincipalTag/role': 'audit',
          'aws:PrincipalArn': user222('Nikki'),
        },
        false,
      ],
      [
        'StringEquals + ArnLike: hr, payroll, Mary',
        {
          'aws:PrincipalTag/department': 'hr',
          'aws:PrincipalTag/role': 'payroll',
          'aws:PrincipalArn': user222('Mary'),
        },
        false,
      ],
      [
        'StringEquals + ArnLike: no role tag',
        { 'aws:PrincipalTag/department': 'hr', 'aws:PrincipalArn': user222('Mary') },
        false,
      ],
      ['StringEquals + ArnLike: no principal tags', { 'aws:PrincipalArn': user222('Mary') }, false],
    ],
  ),
  ...rows(
    `${page.multipleKeysOrValues}#reference_policies_multiple-conditions-negated-matching-eval`,
    principalConditions('ArnNotLike'),
    { action: 's3:ListBucket', resource: 'arn:aws:s3:::amzn-s3-demo-bucket' },
    [
      [
        'StringEquals + ArnNotLike (NOR): legal, audit, Nikki',
        {
          'aws:PrincipalTag/department': 'legal',
          'aws:PrincipalTag/role': 'audit',
          'aws:PrincipalArn': user222('Nikki'),
        },
        true,
      ],
      [
        'StringEquals + ArnNotLike: hr, audit, Mary',
        {
          'aws:PrincipalTag/department': 'hr',
          'aws:PrincipalTag/role': 'audit',
          'aws:PrincipalArn': user222('Mary'),
        },
        false,
      ],
      [
        'StringEquals + ArnNotLike: hr, payroll, Nikki',
        {
          'aws:PrincipalTag/department': 'hr',
          'aws:PrincipalTag/role': 'payroll',
          'aws:PrincipalArn': user222('Nikki'),
        },
        false,
      ],
      [
        'StringEquals + ArnNotLike: no role tag',
        { 'aws:PrincipalTag/department': 'hr', 'aws:PrincipalArn': user222('Nikki') },
        false,
      ],
      ['StringEquals + ArnNotLike: no principal tags', { 'aws:PrincipalArn': user222('Nikki') }, false],
    ],
  ),
];

const ecsCluster = (name: string) => `arn:aws:ecs:us-east-1:111122223333:cluster/${name}`;
const singleValuedCases: DocumentedCase[] = [
  ...rows(
    `${page.singleValuedExamples}`,
    {
      Effect: 'Allow',
      Action: ['ecs:RunTask', 'ecs:StartTask'],
      Resource: ['*'],
      Condition: {
        StringEquals: { 'aws:RequestTag/environment': ['production', 'prod-backup'] },
        ArnEquals: { 'ecs:cluster': [ecsCluster('default1'), ecsCluster('default2')] },
      },
    },
    { action: 'ecs:RunTask', resource: '*' },
    [
      [
        'environment production on default1',
        { 'aws:RequestTag/environment': 'production', 'ecs:cluster': ecsCluster('default1') },
        true,
      ],
      [
        'environment prod-backup on default2',
        { 'aws:RequestTag/environment': 'prod-backup', 'ecs:cluster': ecsCluster('default2') },
        true,
      ],
      [
        'a webserver tag instead of environment',
        { 'aws:RequestTag/webserver': 'production', 'ecs:cluster': ecsCluster('default2') },
        false,
      ],
      ['no request tag at all', { 'ecs:cluster': ecsCluster('default2') }, false],
    ],
  ),
  ...(
    [
      [
        'a volume tagged project=Feature3 while it is created',
        'volume/vol-0abc',
        { 'aws:RequestTag/project': 'Feature3' },
        'allowed',
      ],
      [
        'an instance tagged environment=production',
        'instance/i-0abc',
        { 'aws:ResourceTag/environment': 'production' },
        'implicitDeny',
      ],
      [
        'an instance tagged environment=QA',
        'instance/i-0abc',
        { 'aws:ResourceTag/environment': 'QA' },
        'allowed',
      ],
      [
        'an instance without an environment tag (a negated operator on a missing key)',
        'instance/i-0abc',
        {},
        'allowed',
      ],
    ] as const
  ).map(([name, resource, context, expected]) =>
    decide(
      `CreateTags: ${name}`,
      `${page.singleValuedExamples}`,
      [
        policy(
          { Effect: 'Allow', Action: 'ec2:CreateVolume', Resource: '*' },
          {
            Effect: 'Allow',
            Action: 'ec2:CreateTags',
            Resource: 'arn:aws:ec2:us-east-1:123456789012:volume/*',
            Condition: { StringLike: { 'aws:RequestTag/project': '*' } },
          },
          {
            Effect: 'Allow',
            Action: 'ec2:CreateTags',
            Resource: 'arn:aws:ec2:us-east-1:123456789012:*/*',
            Condition: { StringNotEquals: { 'aws:ResourceTag/environment': 'production' } },
          },
        ),
      ],
      { action: 'ec2:CreateTags', resource: `arn:aws:ec2:us-east-1:123456789012:${resource}`, context },
      expected,
    ),
  ),
];

// --- Condition element: key names, request context values ----------------------------------------

const conditionElementCases: DocumentedCase[] = [
  ...rows(
    `${page.condition}`,
    {
      Effect: 'Allow',
      Action: 'someservice:*',
      Resource: '*',
      Condition: { IpAddress: { 'aws:SourceIP': '203.0.113.0/24' } },
    },
    { action: 'someservice:Act', resource: '*' },
    [
      [
        'condition key names are not case-sensitive: aws:SourceIP tests AWS:SourceIp',
        { 'AWS:SourceIp': '203.0.113.9' },
        true,
      ],
    ],
  ),
  ...rows(
    `${page.condition}`,
    {
      Effect: 'Allow',
      Action: 'someservice:*',
      Resource: '*',
      Condition: { StringEquals: { 'aws:ResourceTag/TagKey1': 'Value1' } },
    },
    { action: 'someservice:Act', resource: '*' },
    [
      [
        'aws:ResourceTag/TagKey1 matches a tag key named tagkey1',
        { 'aws:ResourceTag/tagkey1': 'Value1' },
        true,
      ],
      [
        '…but the value stays case-sensitive under StringEquals',
        { 'aws:ResourceTag/tagkey1': 'value1' },
        false,
      ],
    ],
  ),
  ...rows(
    `${page.condition}#AccessPolicyLanguage_RequestContext`,
    {
      Sid: 'AllowRemoveMfaOnlyIfRecentMfa',
      Effect: 'Allow',
      Action: ['iam:DeactivateMFADevice'],
      Resource: 'arn:aws:iam::*:user/${aws:username}',
      Condition: { NumericLessThanEquals: { 'aws:MultiFactorAuthAge': '3600' } },
    },
    {
      action: 'iam:DeactivateMFADevice',
      resource: 'arn:aws:iam::111122223333:user/alice',
      context: { 'aws:username': 'alice' },
    },
    [
      ['MFA in the last hour: true', { 'aws:MultiFactorAuthAge': '1200' }, true],
      ['MFA exactly an hour ago: true (one hour or less)', { 'aws:MultiFactorAuthAge': '3600' }, true],
      ['MFA more than an hour ago: false', { 'aws:MultiFactorAuthAge': '7200' }, false],
      ['access keys in the CLI: the key is not present and will not match', {}, false],
    ],
  ),
];

// --- aws:MultiFactorAuthPresent ------------------------------------------------------------------

/** The three kinds of request the page distinguishes. */
const mfaRequests = [
  ['long-term access keys (no aws:MultiFactorAuthPresent)', {}],
  ['temporary credentials without MFA', { 'aws:MultiFactorAuthPresent': 'false' }],
  ['temporary credentials with MFA', { 'aws:MultiFactorAuthPresent': 'true' }],
] as const;
const mfaCombinations = [
  [
    'Deny + Bool false (not recommended)',
    'Deny',
    { Bool: { 'aws:MultiFactorAuthPresent': 'false' } },
    [false, true, false],
  ],
  [
    'Deny + BoolIfExists false (recommended)',
    'Deny',
    { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
    [true, true, false],
  ],
  [
    'Allow + BoolIfExists true',
    'Allow',
    { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'true' } },
    [true, false, true],
  ],
  ['Allow + Bool true', 'Allow', { Bool: { 'aws:MultiFactorAuthPresent': 'true' } }, [false, false, true]],
  [
    'Allow + Null false (use with caution)',
    'Allow',
    { Null: { 'aws:MultiFactorAuthPresent': 'false' } },
    [false, true, true],
  ],
] as const;
const mfaPresentCases: DocumentedCase[] = mfaCombinations.flatMap(
  ([combination, effect, condition, matches]) =>
    rows(
      `${page.conditionKeys}#condition-keys-multifactorauthpresent`,
      { Effect: effect, Action: 'ec2:*', Resource: '*', Condition: condition },
      { action: 'ec2:DescribeInstances', resource: '*' },
      mfaRequests.map(
        ([request, context], i) => [`${combination}: ${request}`, context, matches[i]!] as const,
      ),
    ),
);

// --- Policy evaluation logic ---------------------------------------------------------------------

const carlos = policy(
  {
    Sid: 'AllowS3ListRead',
    Effect: 'Allow',
    Action: [
      's3:GetBucketLocation',
      's3:GetAccountPublicAccessBlock',
      's3:ListAccessPoints',
      's3:ListAllMyBuckets',
    ],
    Resource: 'arn:aws:s3:::*',
  },
  {
    Sid: 'AllowS3Self',
    Effect: 'Allow',
    Action: 's3:*',
    Resource: ['arn:aws:s3:::carlossalazar/*', 'arn:aws:s3:::carlossalazar'],
  },
  { Sid: 'DenyS3Logs', Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::*log*' },
);
const getListDenyReports = policy(
  { Sid: 'AllowGetList', Effect: 'Allow', Action: ['iam:Get*', 'iam:List*'], Resource: '*' },
  { Sid: 'DenyReports', Effect: 'Deny', Action: 'iam:*Report', Resource: '*' },
);
const evaluationCases: DocumentedCase[] = [
  decide(
    'Carlos saves a file to carlossalazar-logs: an explicit deny for buckets with log in the name',
    `${page.evaluationLogic}#policies_evaluation_example`,
    [carlos],
    { action: 's3:PutObject', resource: 'arn:aws:s3:::carlossalazar-logs/notes.txt' },
    'explicitDeny',
  ),
  decide(
    'Carlos saves the file to carlossalazar: no deny applies, the identity policy allows',
    `${page.evaluationLogic}#policies_evaluation_example`,
    [carlos],
    { action: 's3:PutObject', resource: 'arn:aws:s3:::carlossalazar/notes.txt' },
    'allowed',
  ),
  decide(
    'Carlos may get the location of any bucket',
    `${page.evaluationLogic}#policies_evaluation_example`,
    [carlos],
    { action: 's3:GetBucketLocation', resource: 'arn:aws:s3:::team-data' },
    'allowed',
  ),
  decide(
    '…except a bucket with log in its name',
    `${page.evaluationLogic}#policies_evaluation_example`,
    [carlos],
    { action: 's3:GetBucketLocation', resource: 'arn:aws:s3:::catalog' },
    'explicitDeny',
  ),
  decide(
    'AllowGetList allows iam:GetUser',
    `${page.evaluationLogic}#AccessPolicyLanguage_Interplay`,
    [getListDenyReports],
    { action: 'iam:GetUser', resource: 'arn:aws:iam::111122223333:user/alice' },
    'allowed',
  ),
  decide(
    'AllowGetList allows iam:ListUsers',
    `${page.evaluationLogic}#AccessPolicyLanguage_Interplay`,
    [getListDenyReports],
    { action: 'iam:ListUsers', resource: '*' },
    'allowed',
  ),
  decide(
    'iam:CreatePolicy is implicitly denied',
    `${page.evaluationLogic}#AccessPolicyLanguage_Interplay`,
    [getListDenyReports],
    { action: 'iam:CreatePolicy', resource: 'arn:aws:iam::111122223333:policy/p' },
    'implicitDeny',
  ),
  decide(
    'iam:GetOrganizationsAccessReport is explicitly denied by DenyReports',
    `${page.evaluationLogic}#AccessPolicyLanguage_Interplay`,
    [getListDenyReports],
    { action: 'iam:GetOrganizationsAccessReport', resource: '*' },
    'explicitDeny',
  ),
  decide(
    'another policy granting iam:GenerateCredentialReport does not beat the explicit deny',
    `${page.evaluationLogic}#AccessPolicyLanguage_Interplay`,
    [getListDenyReports, policy({ Effect: 'Allow', Action: 'iam:GenerateCredentialReport', Resource: '*' })],
    { action: 'iam:GenerateCredentialReport', resource: '*' },
    'explicitDeny',
  ),
  decide(
    'by default all requests are implicitly denied (no policy)',
    `${page.evaluationLogic}#policy-eval-denyallow`,
    [],
    { action: 's3:ListAllMyBuckets', resource: '*' },
    'implicitDeny',
  ),
  decide(
    'an explicit allow overrides the default',
    `${page.evaluationLogic}#policy-eval-denyallow`,
    [policy({ Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' })],
    { action: 's3:ListAllMyBuckets', resource: '*' },
    'allowed',
  ),
  decide(
    'an explicit deny in any policy overrides any allows',
    `${page.evaluationLogic}#policy-eval-denyallow`,
    [
      policy({ Effect: 'Allow', Action: 's3:*', Resource: '*' }),
      policy({ Effect: 'Deny', Action: 's3:DeleteBucket', Resource: '*' }),
    ],
    { action: 's3:DeleteBucket', resource: 'arn:aws:s3:::team-data' },
    'explicitDeny',
  ),
];

// --- Action, NotAction, Resource, NotResource ----------------------------------------------------

const actionCases: DocumentedCase[] = [
  ...(
    [
      ['iam:CreateAccessKey', 'allowed'],
      ['iam:DeleteAccessKey', 'allowed'],
      ['iam:ListAccessKeys', 'allowed'],
      ['iam:UpdateAccessKey', 'allowed'],
      ['iam:ListUsers', 'implicitDeny'],
    ] as const
  ).map(([action, expected]) =>
    decide(
      `iam:*AccessKey* applies to ${action}: ${expected}`,
      `${page.action}`,
      [policy({ Effect: 'Allow', Action: 'iam:*AccessKey*', Resource: '*' })],
      { action, resource: '*' },
      expected,
    ),
  ),
  decide(
    'the prefix and the action name are case insensitive: IAM:listaccesskeys is iam:ListAccessKeys',
    `${page.action}`,
    [policy({ Effect: 'Allow', Action: 'IAM:listaccesskeys', Resource: '*' })],
    { action: 'iam:ListAccessKeys', resource: '*' },
    'allowed',
  ),
  decide(
    's3:* applies to all S3 actions',
    `${page.action}`,
    [policy({ Effect: 'Allow', Action: 's3:*', Resource: '*' })],
    { action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/key' },
    'allowed',
  ),
  decide(
    's3:* does not apply to another service',
    `${page.action}`,
    [policy({ Effect: 'Allow', Action: 's3:*', Resource: '*' })],
    { action: 'sqs:SendMessage', resource: '*' },
    'implicitDeny',
  ),
  decide(
    'several values for Action: any one applies',
    `${page.action}`,
    [
      policy({
        Effect: 'Allow',
        Action: [
          'sqs:SendMessage',
          'sqs:ReceiveMessage',
          'ec2:StartInstances',
          'iam:ChangePassword',
          's3:GetObject',
        ],
        Resource: '*',
      }),
    ],
    { action: 'iam:ChangePassword', resource: '*' },
    'allowed',
  ),
];

const notActionCases: DocumentedCase[] = [
  decide(
    'Allow NotAction s3:DeleteBucket on arn:aws:s3:::*: other S3 actions on S3 resources are allowed',
    `${page.notAction}`,
    [policy({ Effect: 'Allow', NotAction: 's3:DeleteBucket', Resource: 'arn:aws:s3:::*' })],
    { action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/key' },
    'allowed',
  ),
  decide(
    'Allow NotAction s3:DeleteBucket: deleting a bucket is not allowed',
    `${page.notAction}`,
    [policy({ Effect: 'Allow', NotAction: 's3:DeleteBucket', Resource: 'arn:aws:s3:::*' })],
    { action: 's3:DeleteBucket', resource: 'arn:aws:s3:::bucket' },
    'implicitDeny',
  ),
  decide(
    'Allow NotAction s3:DeleteBucket: ListAllMyBuckets needs the "*" resource, so it is not allowed',
    `${page.notAction}`,
    [policy({ Effect: 'Allow', NotAction: 's3:DeleteBucket', Resource: 'arn:aws:s3:::*' })],
    { action: 's3:ListAllMyBuckets', resource: '*' },
    'implicitDeny',
  ),
  decide(
    'Allow NotAction s3:DeleteBucket: actions of other services do not apply to S3 resources',
    `${page.notAction}`,
    [policy({ Effect: 'Allow', NotAction: 's3:DeleteBucket', Resource: 'arn:aws:s3:::*' })],
    { action: 'ec2:TerminateInstances', resource: 'arn:aws:ec2:us-east-1:111122223333:instance/i-0abc' },
    'implicitDeny',
  ),
  decide(
    'Allow NotAction iam:* on *: every action in every service except IAM',
    `${page.notAction}`,
    [policy({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' })],
    { action: 'dynamodb:PutItem', resource: 'arn:aws:dynamodb:us-east-1:111122223333:table/t' },
    'allowed',
  ),
  decide(
    'Allow NotAction iam:*: IAM actions are not allowed',
    `${page.notAction}`,
    [policy({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' })],
    { action: 'iam:CreateUser', resource: 'arn:aws:iam::111122223333:user/eve' },
    'implicitDeny',
  ),
  ...rows(
    `${page.notAction}`,
    {
      Sid: 'DenyAllUsersNotUsingMFA',
      Effect: 'Deny',
      NotAction: 'iam:*',
      Resource: '*',
      Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
    },
    { action: 's3:ListAllMyBuckets', resource: '*' },
    [
      ['Deny NotAction iam:* without MFA: a non-IAM action with access keys is denied', {}, true],
      [
        'Deny NotAction iam:* without MFA: temporary credentials without MFA are denied',
        { 'aws:MultiFactorAuthPresent': 'false' },
        true,
      ],
      [
        'Deny NotAction iam:*: signed in with MFA the deny has no effect',
        { 'aws:MultiFactorAuthPresent': 'true' },
        false,
      ],
    ],
  ),
  ...rows(
    `${page.notAction}`,
    {
      Sid: 'DenyAllUsersNotUsingMFA',
      Effect: 'Deny',
      NotAction: 'iam:*',
      Resource: '*',
      Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
    },
    { action: 'iam:ListUsers', resource: '*' },
    [['Deny NotAction iam:*: IAM actions are not denied, even without MFA', {}, false]],
  ),
  decide(
    'Deny NotAction alone does not allow anything',
    `${page.notAction}`,
    [
      policy({
        Effect: 'Deny',
        NotAction: 'iam:*',
        Resource: '*',
        Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
      }),
    ],
    { action: 'iam:ListUsers', resource: '*' },
    'implicitDeny',
  ),
];

const hrPayroll = {
  Effect: 'Deny',
  Action: 's3:*',
  NotResource: ['arn:aws:s3:::HRBucket/Payroll', 'arn:aws:s3:::HRBucket/Payroll/*'],
} as const;
const notResourceCases: DocumentedCase[] = [
  ...(
    [
      ['the Payroll folder itself is not denied', 's3:ListBucket', 'arn:aws:s3:::HRBucket/Payroll', false],
      [
        'an object in the Payroll folder is not denied',
        's3:GetObject',
        'arn:aws:s3:::HRBucket/Payroll/march.csv',
        false,
      ],
      [
        'another folder of HRBucket is denied',
        's3:GetObject',
        'arn:aws:s3:::HRBucket/Benefits/plan.pdf',
        true,
      ],
      ['a new folder is denied automatically', 's3:PutObject', 'arn:aws:s3:::HRBucket/NewFolder/a.txt', true],
      ['another bucket is denied', 's3:GetObject', 'arn:aws:s3:::OtherBucket/a.txt', true],
      ['the policy affects only Amazon S3 actions', 'ec2:DescribeInstances', '*', false],
    ] as const
  ).flatMap(([name, action, resource, match]) =>
    rows(
      `${page.notResource}`,
      { ...hrPayroll, NotResource: [...hrPayroll.NotResource] },
      { action, resource },
      [[`Deny s3:* NotResource Payroll: ${name}`, {}, match]],
    ),
  ),
  decide(
    'Allow * NotResource HRBucket: allows everything else, even adding a policy to oneself',
    `${page.notResource}#notresource-element-combinations`,
    [policy({ Effect: 'Allow', Action: '*', NotResource: 'arn:aws:s3:::HRBucket' })],
    { action: 'iam:PutUserPolicy', resource: 'arn:aws:iam::111122223333:user/alice' },
    'allowed',
  ),
  decide(
    'Allow * NotResource HRBucket: but not the HRBucket bucket',
    `${page.notResource}#notresource-element-combinations`,
    [policy({ Effect: 'Allow', Action: '*', NotResource: 'arn:aws:s3:::HRBucket' })],
    { action: 's3:ListBucket', resource: 'arn:aws:s3:::HRBucket' },
    'implicitDeny',
  ),
];

const bucketTestObjects = [
  ['DOC-EXAMPLE-BUCKET/1/test/object.jpg', true],
  ['DOC-EXAMPLE-BUCKET/1/2/test/object.jpg', true],
  ['DOC-EXAMPLE-BUCKET/1/2/test/3/object.jpg', true],
  ['DOC-EXAMPLE-BUCKET/1/2/3/test/4/object.jpg', true],
  ['DOC-EXAMPLE-BUCKET/1///test///object.jpg', true],
  ['DOC-EXAMPLE-BUCKET/1/test/.jpg', true],
  ['DOC-EXAMPLE-BUCKET//test/object.jpg', true],
  ['DOC-EXAMPLE-BUCKET/1/test/', true],
  ['DOC-EXAMPLE-BUCKET/1-test/object.jpg', false],
  ['DOC-EXAMPLE-BUCKET/test/object.jpg', false],
  ['DOC-EXAMPLE-BUCKET/1/2/test.jpg', false],
] as const;
const resourceCases: DocumentedCase[] = [
  ...bucketTestObjects.map(([object, match]) =>
    decide(
      `arn:aws:s3:::DOC-EXAMPLE-BUCKET/*/test/* ${match ? 'applies to' : 'does not match'} ${object}`,
      `${page.resource}#reference_policies_elements_resource_wildcards`,
      [
        policy({
          Effect: 'Allow',
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::DOC-EXAMPLE-BUCKET/*/test/*',
        }),
      ],
      { action: 's3:GetObject', resource: `arn:aws:s3:::${object}` },
      match ? 'allowed' : 'implicitDeny',
    ),
  ),
  decide(
    'user/accounting/* refers to all IAM users whose path is /accounting',
    `${page.resource}#reference_policies_elements_resource_wildcards`,
    [
      policy({
        Effect: 'Allow',
        Action: 'iam:GetUser',
        Resource: 'arn:aws:iam::111122223333:user/accounting/*',
      }),
    ],
    { action: 'iam:GetUser', resource: 'arn:aws:iam::111122223333:user/accounting/jane' },
    'allowed',
  ),
  decide(
    'user/accounting/* does not refer to a user on another path',
    `${page.resource}#reference_policies_elements_resource_wildcards`,
    [
      policy({
        Effect: 'Allow',
        Action: 'iam:GetUser',
        Resource: 'arn:aws:iam::111122223333:user/accounting/*',
      }),
    ],
    { action: 'iam:GetUser', resource: 'arn:aws:iam::111122223333:user/sales/jane' },
    'implicitDeny',
  ),
  decide(
    'several resources: any one applies',
    `${page.resource}#reference_policies_elements_resource_multiple-resources`,
    [
      policy({
        Effect: 'Allow',
        Action: 'dynamodb:GetItem',
        Resource: [
          'arn:aws:dynamodb:us-east-2:111122223333:table/books_table',
          'arn:aws:dynamodb:us-east-2:111122223333:table/magazines_table',
        ],
      }),
    ],
    { action: 'dynamodb:GetItem', resource: 'arn:aws:dynamodb:us-east-2:111122223333:table/magazines_table' },
    'allowed',
  ),
  decide(
    'a table named after the current user: the user’s own',
    `${page.resource}#reference_policies_elements_resource_policy-variables`,
    [
      policy({
        Effect: 'Allow',
        Action: 'dynamodb:*',
        Resource: 'arn:aws:dynamodb:us-east-2:111122223333:table/${aws:username}',
      }),
    ],
    {
      action: 'dynamodb:Query',
      resource: 'arn:aws:dynamodb:us-east-2:111122223333:table/alice',
      context: { 'aws:username': 'alice' },
    },
    'allowed',
  ),
  decide(
    'a table named after the current user: another user’s',
    `${page.resource}#reference_policies_elements_resource_policy-variables`,
    [
      policy({
        Effect: 'Allow',
        Action: 'dynamodb:*',
        Resource: 'arn:aws:dynamodb:us-east-2:111122223333:table/${aws:username}',
      }),
    ],
    {
      action: 'dynamodb:Query',
      resource: 'arn:aws:dynamodb:us-east-2:111122223333:table/bob',
      context: { 'aws:username': 'alice' },
    },
    'implicitDeny',
  ),
];

// --- Policy variables ----------------------------------------------------------------------------

const homeFolders = policy(
  {
    Action: ['s3:ListBucket'],
    Effect: 'Allow',
    Resource: ['arn:aws:s3:::mybucket'],
    Condition: { StringLike: { 's3:prefix': ['${aws:username}/*'] } },
  },
  {
    Action: ['s3:GetObject', 's3:PutObject'],
    Effect: 'Allow',
    Resource: ['arn:aws:s3:::mybucket/${aws:username}/*'],
  },
);
const s3Home = policy(
  { Effect: 'Allow', Action: ['s3:ListAllMyBuckets', 's3:GetBucketLocation'], Resource: 'arn:aws:s3:::*' },
  {
    Effect: 'Allow',
    Action: 's3:ListBucket',
    Resource: 'arn:aws:s3:::amzn-s3-demo-bucket',
    Condition: { StringLike: { 's3:prefix': ['', 'home/', 'home/${aws:username}/'] } },
  },
  {
    Effect: 'Allow',
    Action: 's3:*',
    Resource: [
      'arn:aws:s3:::amzn-s3-demo-bucket/home/${aws:username}',
      'arn:aws:s3:::amzn-s3-demo-bucket/home/${aws:username}/*',
    ],
  },
);
const listHome = (prefix: string, username?: string) => ({
  action: 's3:ListBucket',
  resource: 'arn:aws:s3:::amzn-s3-demo-bucket',
  context: { 's3:prefix': prefix, ...(username === undefined ? {} : { 'aws:username': username }) },
});

const variableCases: DocumentedCase[] = [
  decide(
    'home folder: martha_rivera lists home/martha_rivera/',
    `${page.conditionOperators}#Conditions_String`,
    [s3Home],
    listHome('home/martha_rivera/', 'martha_rivera'),
    'allowed',
  ),
  decide(
    'home folder: nikki_wolf lists home/nikki_wolf/',
    `${page.conditionOperators}#Conditions_String`,
    [s3Home],
    listHome('home/nikki_wolf/', 'nikki_wolf'),
    'allowed',
  ),
  decide(
    'home folder: no aws:username in the request context: no match',
    `${page.conditionOperators}#Conditions_String`,
    [s3Home],
    listHome('home/martha_rivera/'),
    'implicitDeny',
  ),
  decide(
    'home folder: nikki_wolf may not list home/martha_rivera/',
    `${page.conditionOperators}#Conditions_String`,
    [s3Home],
    listHome('home/martha_rivera/', 'nikki_wolf'),
    'implicitDeny',
  ),
  decide(
    'home folder: listing the bucket root (empty prefix)',
    `${page.conditionOperators}#Conditions_String`,
    [s3Home],
    listHome('', 'nikki_wolf'),
    'allowed',
  ),
  decide(
    'home folder: listing home/',
    `${page.conditionOperators}#Conditions_String`,
    [s3Home],
    listHome('home/', 'nikki_wolf'),
    'allowed',
  ),
  decide(
    'home folder: any S3 action on objects in one’s own home',
    `${page.conditionOperators}#Conditions_String`,
    [s3Home],
    {
      action: 's3:DeleteObject',
      resource: 'arn:aws:s3:::amzn-s3-demo-bucket/home/martha_rivera/draft.txt',
      context: { 'aws:username': 'martha_rivera' },
    },
    'allowed',
  ),
  decide(
    'home folder: not in someone else’s',
    `${page.conditionOperators}#Conditions_String`,
    [s3Home],
    {
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::amzn-s3-demo-bucket/home/martha_rivera/draft.txt',
      context: { 'aws:username': 'nikki_wolf' },
    },
    'implicitDeny',
  ),
  decide(
    '${aws:username} in Resource: David reads his objects',
    `${page.variables}#policy-vars-resourceelement`,
    [homeFolders],
    {
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::mybucket/David/cv.pdf',
      context: { 'aws:username': 'David' },
    },
    'allowed',
  ),
  decide(
    '${aws:username} in Resource: Adele cannot read David’s',
    `${page.variables}#policy-vars-resourceelement`,
    [homeFolders],
    {
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::mybucket/David/cv.pdf',
      context: { 'aws:username': 'Adele' },
    },
    'implicitDeny',
  ),
  decide(
    '${aws:username} in a StringLike condition: David lists David/',
    `${page.variables}#policy-vars-using-variables`,
    [homeFolders],
    {
      action: 's3:ListBucket',
      resource: 'arn:aws:s3:::mybucket',
      context: { 'aws:username': 'David', 's3:prefix': 'David/2024/' },
    },
    'allowed',
  ),
  decide(
    '${aws:username} in a StringLike condition: David cannot list Adele/',
    `${page.variables}#policy-vars-using-variables`,
    [homeFolders],
    {
      action: 's3:ListBucket',
      resource: 'arn:aws:s3:::mybucket',
      context: { 'aws:username': 'David', 's3:prefix': 'Adele/' },
    },
    'implicitDeny',
  ),
  decide(
    'each user manages their own access keys: David',
    `${page.variables}#policy-vars-using-variables`,
    [
      policy({
        Action: ['iam:*AccessKey*'],
        Effect: 'Allow',
        Resource: ['arn:aws:iam::111122223333:user/${aws:username}'],
      }),
    ],
    {
      action: 'iam:CreateAccessKey',
      resource: 'arn:aws:iam::111122223333:user/David',
      context: { 'aws:username': 'David' },
    },
    'allowed',
  ),
  decide(
    'each user manages their own access keys: not another user’s',
    `${page.variables}#policy-vars-using-variables`,
    [
      policy({
        Action: ['iam:*AccessKey*'],
        Effect: 'Allow',
        Resource: ['arn:aws:iam::111122223333:user/${aws:username}'],
      }),
    ],
    {
      action: 'iam:CreateAccessKey',
      resource: 'arn:aws:iam::111122223333:user/admin',
      context: { 'aws:username': 'David' },
    },
    'implicitDeny',
  ),
  decide(
    'queues with the user’s name: alice-queue',
    `${page.variables}#policy-vars-resourceelement`,
    [
      policy({
        Sid: 'AllQueueActions',
        Effect: 'Allow',
        Action: 'sqs:*',
        Resource: 'arn:aws:sqs:us-east-2:*:${aws:username}-queue',
      }),
    ],
    {
      action: 'sqs:DeleteQueue',
      resource: 'arn:aws:sqs:us-east-2:111122223333:alice-queue',
      context: { 'aws:username': 'alice' },
    },
    'allowed',
  ),
  decide(
    'queues with the user’s name: not in another Region',
    `${page.variables}#policy-vars-resourceelement`,
    [
      policy({
        Sid: 'AllQueueActions',
        Effect: 'Allow',
        Action: 'sqs:*',
        Resource: 'arn:aws:sqs:us-east-2:*:${aws:username}-queue',
      }),
    ],
    {
      action: 'sqs:DeleteQueue',
      resource: 'arn:aws:sqs:us-west-2:111122223333:alice-queue',
      context: { 'aws:username': 'alice' },
    },
    'implicitDeny',
  ),
  decide(
    'a tag as a variable: the bucket named after the principal’s department tag',
    `${page.variables}#policy-vars-resourceelement`,
    [
      policy({
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: ['arn:aws:s3:::bucket/${aws:PrincipalTag/department}'],
      }),
    ],
    {
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::bucket/finance',
      context: { 'aws:PrincipalTag/department': 'finance' },
    },
    'allowed',
  ),
  decide(
    'a variable for a key that is not present makes the Resource match nothing',
    `${page.variables}#policy-vars-no-value`,
    [
      policy({
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: ['arn:aws:s3:::bucket/${aws:PrincipalTag/department}'],
      }),
    ],
    { action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/', context: {} },
    'implicitDeny',
  ),
  decide(
    'a NotResource entry whose variable has no value matches no resource, so it excludes nothing',
    `${page.variables}#policy-vars-no-value`,
    [
      policy({
        Effect: 'Deny',
        Action: 's3:GetObject',
        NotResource: ['arn:aws:s3:::bucket/${aws:PrincipalTag/team}/*'],
      }),
      allowEverything,
    ],
    { action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/blue/plan.txt', context: {} },
    'explicitDeny',
  ),
  ...rows(
    `${page.variables}#policy-vars-no-value`,
    {
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::example-bucket/*',
      Condition: { StringEquals: { 's3:ExistingObjectTag/Team': '${aws:PrincipalTag/Team}' } },
    },
    { action: 's3:GetObject', resource: 'arn:aws:s3:::example-bucket/plan.txt' },
    [
      [
        'StringEquals with a variable: the tags are equal',
        { 's3:ExistingObjectTag/Team': 'blue', 'aws:PrincipalTag/Team': 'blue' },
        true,
      ],
      [
        'StringEquals with a variable: the tags differ',
        { 's3:ExistingObjectTag/Team': 'blue', 'aws:PrincipalTag/Team': 'red' },
        false,
      ],
      [
        'StringEquals with a variable that has no value does not match',
        { 's3:ExistingObjectTag/Team': 'blue' },
        false,
      ],
    ],
  ),
  ...rows(
    `${page.variables}#policy-vars-no-value`,
    {
      Effect: 'Deny',
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::example-bucket/*',
      Condition: { StringNotEquals: { 's3:ExistingObjectTag/Team': '${aws:PrincipalTag/Team}' } },
    },
    { action: 's3:GetObject', resource: 'arn:aws:s3:::example-bucket/plan.txt' },
    [
      [
        'StringNotEquals with a variable that has no value matches: access is denied when aws:principaltag/Team is not set',
        { 's3:ExistingObjectTag/Team': 'blue' },
        true,
      ],
      [
        'StringNotEquals with a variable: the same team is not denied',
        { 's3:ExistingObjectTag/Team': 'blue', 'aws:PrincipalTag/Team': 'blue' },
        false,
      ],
    ],
  ),
  ...(
    [
      [
        'a principal tagged team=yellow reaches its team bucket',
        'DOC-EXAMPLE-BUCKET-yellow',
        { 'aws:PrincipalTag/team': 'yellow' },
        'allowed',
      ],
      [
        '…but not another team’s',
        'DOC-EXAMPLE-BUCKET-blue',
        { 'aws:PrincipalTag/team': 'yellow' },
        'implicitDeny',
      ],
      [
        'a principal without a team tag gets the default, company-wide',
        'DOC-EXAMPLE-BUCKET-company-wide',
        {},
        'allowed',
      ],
      ['…and only that bucket', 'DOC-EXAMPLE-BUCKET-yellow', {}, 'implicitDeny'],
    ] as const
  ).map(([name, bucket, context, expected]) =>
    decide(
      `default value: ${name}`,
      `${page.variables}#policy-vars-default-values`,
      [
        policy({
          Effect: 'Allow',
          Action: 's3:ListBucket',
          Resource: "arn:aws:s3:::DOC-EXAMPLE-BUCKET-${aws:PrincipalTag/team, 'company-wide'}",
        }),
      ],
      { action: 's3:ListBucket', resource: `arn:aws:s3:::${bucket}`, context },
      expected,
    ),
  ),
  decide(
    '${*} stands for a literal asterisk: an object named *',
    `${page.variables}#policy-vars-specialchars`,
    [policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/${*}' })],
    { action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/*' },
    'allowed',
  ),
  decide(
    '${*} is not a wildcard: another object',
    `${page.variables}#policy-vars-specialchars`,
    [policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/${*}' })],
    { action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/report.csv' },
    'implicitDeny',
  ),
  decide(
    '${?} and ${$} stand for a literal ? and $',
    `${page.variables}#policy-vars-specialchars`,
    [policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/why${?}-costs-${$}' })],
    { action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/why?-costs-$' },
    'allowed',
  ),
  decide(
    '${?} matches only a literal ?',
    `${page.variables}#policy-vars-specialchars`,
    [policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/why${?}-costs-${$}' })],
    { action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/whyX-costs-$' },
    'implicitDeny',
  ),
  decide(
    'without Version 2012-10-17, ${aws:username} is a literal string: it does not resolve',
    `${page.variables}#policy-vars-using-variables`,
    [
      {
        Statement: {
          Effect: 'Allow',
          Action: 'iam:*AccessKey*',
          Resource: 'arn:aws:iam::111122223333:user/${aws:username}',
        },
      },
    ],
    {
      action: 'iam:ListAccessKeys',
      resource: 'arn:aws:iam::111122223333:user/David',
      context: { 'aws:username': 'David' },
    },
    'implicitDeny',
  ),
  decide(
    'with Version 2008-10-17, ${aws:username} is a literal string too',
    `${page.variables}#policy-vars-using-variables`,
    [
      {
        Version: '2008-10-17',
        Statement: {
          Effect: 'Allow',
          Action: 'iam:*AccessKey*',
          Resource: 'arn:aws:iam::111122223333:user/${aws:username}',
        },
      },
    ],
    {
      action: 'iam:ListAccessKeys',
      resource: 'arn:aws:iam::111122223333:user/${aws:username}',
      context: { 'aws:username': 'David' },
    },
    'allowed',
  ),
  decide(
    'key names are case-insensitive in variables too: ${AWS:Username}',
    `${page.variables}#policy-vars-using-variables`,
    [
      policy({
        Effect: 'Allow',
        Action: 'iam:*AccessKey*',
        Resource: 'arn:aws:iam::111122223333:user/${AWS:Username}',
      }),
    ],
    {
      action: 'iam:ListAccessKeys',
      resource: 'arn:aws:iam::111122223333:user/David',
      context: { 'aws:username': 'David' },
    },
    'allowed',
  ),
];

// --- Example policies ----------------------------------------------------------------------------

const denyOutsideIps = policy({
  Effect: 'Deny',
  Action: '*',
  Resource: '*',
  Condition: {
    NotIpAddress: { 'aws:SourceIp': ['192.0.2.0/24', '203.0.113.0/24'] },
    Bool: { 'aws:ViaAWSService': 'false' },
  },
});
const examplePolicyCases: DocumentedCase[] = [
  ...(
    [
      [
        'a principal inside 192.0.2.0/24',
        { 'aws:SourceIp': '192.0.2.44', 'aws:ViaAWSService': 'false' },
        'allowed',
      ],
      [
        'a principal inside 203.0.113.0/24',
        { 'aws:SourceIp': '203.0.113.7', 'aws:ViaAWSService': 'false' },
        'allowed',
      ],
      [
        'a principal outside the ranges is denied',
        { 'aws:SourceIp': '198.51.100.9', 'aws:ViaAWSService': 'false' },
        'explicitDeny',
      ],
      [
        'an AWS service using the principal’s credentials',
        { 'aws:SourceIp': '198.51.100.9', 'aws:ViaAWSService': 'true' },
        'allowed',
      ],
      [
        'a principal from an IPv6 address outside the ranges',
        { 'aws:SourceIp': '2001:db8::1', 'aws:ViaAWSService': 'false' },
        'explicitDeny',
      ],
    ] as const
  ).map(([name, context, expected]) =>
    decide(
      `deny outside IP ranges: ${name}`,
      `${page.denyIp}`,
      [denyOutsideIps, allowEverything],
      { action: 'ec2:RunInstances', resource: '*', context },
      expected,
    ),
  ),
  ...(
    [
      ['within April 1 to June 30, 2020', '2020-05-15T10:00:00Z', 'allowed'],
      ['on March 31, 2020', '2020-03-31T12:00:00Z', 'implicitDeny'],
      ['on July 1, 2020', '2020-07-01T00:00:00Z', 'implicitDeny'],
    ] as const
  ).map(([name, now, expected]) =>
    decide(
      `access based on date and time: ${name}`,
      `${page.dates}`,
      [
        policy({
          Effect: 'Allow',
          Action: 'service-prefix:action-name',
          Resource: '*',
          Condition: {
            DateGreaterThan: { 'aws:CurrentTime': '2020-04-01T00:00:00Z' },
            DateLessThan: { 'aws:CurrentTime': '2020-06-30T23:59:59Z' },
          },
        }),
      ],
      { action: 'service-prefix:action-name', resource: '*', context: { 'aws:CurrentTime': now } },
      expected,
    ),
  ),
  decide(
    'date values may be epoch (UNIX) time',
    `${page.conditionOperators}#Conditions_Date`,
    [
      policy({
        Effect: 'Allow',
        Action: 'someservice:*',
        Resource: '*',
        Condition: { DateGreaterThan: { 'aws:CurrentTime': '1585699200' } },
      }),
    ],
    { action: 'someservice:Act', resource: '*', context: { 'aws:CurrentTime': '2020-05-01T00:00:00Z' } },
    'allowed',
  ),
  decide(
    'date values may be W3C dates without a time',
    `${page.conditionOperators}#Conditions_Date`,
    [
      policy({
        Effect: 'Allow',
        Action: 'someservice:*',
        Resource: '*',
        Condition: { DateLessThan: { 'aws:CurrentTime': '2020-04-01' } },
      }),
    ],
    { action: 'someservice:Act', resource: '*', context: { 'aws:CurrentTime': '2020-05-01T00:00:00Z' } },
    'implicitDeny',
  ),
  ...(
    [
      [
        'MFA within July 1 to December 31, 2017',
        { 'aws:MultiFactorAuthPresent': 'true', 'aws:CurrentTime': '2017-09-01T00:00:00Z' },
        'allowed',
      ],
      [
        'no MFA',
        { 'aws:MultiFactorAuthPresent': 'false', 'aws:CurrentTime': '2017-09-01T00:00:00Z' },
        'implicitDeny',
      ],
      [
        'MFA, but in 2018',
        { 'aws:MultiFactorAuthPresent': 'true', 'aws:CurrentTime': '2018-01-15T00:00:00Z' },
        'implicitDeny',
      ],
    ] as const
  ).map(([name, context, expected]) =>
    decide(
      `MFA within specific dates: ${name}`,
      `${page.mfaDates}`,
      [
        {
          Version: '2012-10-17',
          Statement: {
            Effect: 'Allow',
            Action: [
              'service-prefix-1:*',
              'service-prefix-2:action-name-a',
              'service-prefix-2:action-name-b',
            ],
            Resource: '*',
            Condition: {
              Bool: { 'aws:MultiFactorAuthPresent': true },
              DateGreaterThan: { 'aws:CurrentTime': '2017-07-01T00:00:00Z' },
              DateLessThan: { 'aws:CurrentTime': '2017-12-31T23:59:59Z' },
            },
          },
        },
      ],
      { action: 'service-prefix-2:action-name-a', resource: '*', context },
      expected,
    ),
  ),
  ...(
    [
      ['EC2 in us-east-1 is denied', 'ec2:DescribeInstances', 'us-east-1', 'explicitDeny'],
      ['EC2 in eu-west-1 is not', 'ec2:DescribeInstances', 'eu-west-1', 'allowed'],
      [
        'IAM, a global service in us-east-1, is not denied (NotAction)',
        'iam:ListUsers',
        'us-east-1',
        'allowed',
      ],
      ['Route 53 likewise', 'route53:ListHostedZones', 'us-east-1', 'allowed'],
    ] as const
  ).map(([name, action, region, expected]) =>
    decide(
      `deny outside the requested Regions: ${name}`,
      `${page.denyRegion}`,
      [
        policy({
          Sid: 'DenyAllOutsideRequestedRegions',
          Effect: 'Deny',
          NotAction: ['cloudfront:*', 'iam:*', 'route53:*', 'support:*'],
          Resource: '*',
          Condition: {
            StringNotEquals: {
              'aws:RequestedRegion': ['eu-central-1', 'eu-west-1', 'eu-west-2', 'eu-west-3'],
            },
          },
        }),
        allowEverything,
      ],
      { action, resource: '*', context: { 'aws:RequestedRegion': region } },
      expected,
    ),
  ),
  ...(
    [
      ['StopInstances without MFA (access keys) is denied', 'ec2:StopInstances', {}, 'explicitDeny'],
      [
        'TerminateInstances with temporary credentials without MFA is denied',
        'ec2:TerminateInstances',
        { 'aws:MultiFactorAuthPresent': 'false' },
        'explicitDeny',
      ],
      [
        'StopInstances with MFA is allowed',
        'ec2:StopInstances',
        { 'aws:MultiFactorAuthPresent': 'true' },
        'allowed',
      ],
      ['other EC2 actions without MFA are allowed', 'ec2:DescribeInstances', {}, 'allowed'],
    ] as const
  ).map(([name, action, context, expected]) =>
    decide(
      `EC2 requires MFA for stop/terminate: ${name}`,
      `${page.ec2RequireMfa}`,
      [
        policy(
          { Sid: 'AllowAllActionsForEC2', Effect: 'Allow', Action: 'ec2:*', Resource: '*' },
          {
            Sid: 'DenyStopAndTerminateWhenMFAIsNotPresent',
            Effect: 'Deny',
            Action: ['ec2:StopInstances', 'ec2:TerminateInstances'],
            Resource: '*',
            Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': false } },
          },
        ),
      ],
      { action, resource: '*', context },
      expected,
    ),
  ),
];

const mfaSelfManage = policy(
  {
    Sid: 'AllowListActions',
    Effect: 'Allow',
    Action: ['iam:ListUsers', 'iam:ListVirtualMFADevices'],
    Resource: '*',
  },
  {
    Sid: 'AllowUserToCreateVirtualMFADevice',
    Effect: 'Allow',
    Action: ['iam:CreateVirtualMFADevice'],
    Resource: 'arn:aws:iam::*:mfa/*',
  },
  {
    Sid: 'AllowUserToManageTheirOwnMFA',
    Effect: 'Allow',
    Action: ['iam:EnableMFADevice', 'iam:ListMFADevices', 'iam:ResyncMFADevice'],
    Resource: 'arn:aws:iam::*:user/${aws:username}',
  },
  {
    Sid: 'AllowUserToDeactivateTheirOwnMFAOnlyWhenUsingMFA',
    Effect: 'Allow',
    Action: ['iam:DeactivateMFADevice'],
    Resource: ['arn:aws:iam::*:user/${aws:username}'],
    Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
  },
  {
    Sid: 'BlockMostAccessUnlessSignedInWithMFA',
    Effect: 'Deny',
    NotAction: [
      'iam:CreateVirtualMFADevice',
      'iam:EnableMFADevice',
      'iam:ListMFADevices',
      'iam:ListUsers',
      'iam:ListVirtualMFADevices',
      'iam:ResyncMFADevice',
    ],
    Resource: '*',
    Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
  },
);
const alice = 'arn:aws:iam::111122223333:user/alice';
const mfaSelfManageCases: DocumentedCase[] = (
  [
    ['listing users without MFA', 'iam:ListUsers', '*', {}, 'allowed'],
    [
      'creating a virtual MFA device without MFA',
      'iam:CreateVirtualMFADevice',
      'arn:aws:iam::111122223333:mfa/alice',
      {},
      'allowed',
    ],
    ['enabling one’s own device without MFA', 'iam:EnableMFADevice', alice, {}, 'allowed'],
    [
      'enabling a device for another user',
      'iam:EnableMFADevice',
      'arn:aws:iam::111122223333:user/bob',
      {},
      'implicitDeny',
    ],
    [
      'deactivating one’s own device without MFA: denied by BlockMostAccess…',
      'iam:DeactivateMFADevice',
      alice,
      {},
      'explicitDeny',
    ],
    [
      'deactivating one’s own device with MFA',
      'iam:DeactivateMFADevice',
      alice,
      { 'aws:MultiFactorAuthPresent': 'true' },
      'allowed',
    ],
    ['any other action without MFA is denied', 's3:ListAllMyBuckets', '*', {}, 'explicitDeny'],
    [
      'any other action with MFA is not denied, nor allowed by this policy',
      's3:ListAllMyBuckets',
      '*',
      { 'aws:MultiFactorAuthPresent': 'true' },
      'implicitDeny',
    ],
  ] as const
).map(([name, action, resource, context, expected]) =>
  decide(
    `self-managed MFA: ${name}`,
    `${page.mfaSelfManage}`,
    [mfaSelfManage],
    {
      action,
      resource,
      context: { 'aws:username': 'alice', ...context },
    },
    expected,
  ),
);

const sourceIpCases: DocumentedCase[] = [
  ...rows(
    `${page.conditionKeys}#condition-keys-sourceip`,
    {
      Sid: 'PrincipalPutObjectIfIpAddress',
      Effect: 'Allow',
      Action: 's3:PutObject',
      Resource: 'arn:aws:s3:::DOC-EXAMPLE-BUCKET3/*',
      Condition: { Bool: { 'aws:ViaAWSService': 'false' }, IpAddress: { 'aws:SourceIp': '203.0.113.0' } },
    },
    { action: 's3:PutObject', resource: 'arn:aws:s3:::DOC-EXAMPLE-BUCKET3/upload.bin' },
    [
      [
        'a direct call from the specified address',
        { 'aws:ViaAWSService': 'false', 'aws:SourceIp': '203.0.113.0' },
        true,
      ],
      [
        'a direct call from another address',
        { 'aws:ViaAWSService': 'false', 'aws:SourceIp': '203.0.113.9' },
        false,
      ],
      [
        'a call made by a service is not allowed by this statement',
        { 'aws:ViaAWSService': 'true', 'aws:SourceIp': '203.0.113.0' },
        false,
      ],
    ],
  ),
  ...rows(
    `${page.conditionKeys}#condition-keys-calledvia`,
    {
      Sid: 'KmsActionsIfCalledViaDynamodb',
      Effect: 'Allow',
      Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey', 'kms:DescribeKey'],
      Resource: 'arn:aws:kms:us-east-1:111122223333:key/my-example-key',
      Condition: { 'ForAnyValue:StringEquals': { 'aws:CalledVia': ['dynamodb.amazonaws.com'] } },
    },
    { action: 'kms:ReEncryptFrom', resource: 'arn:aws:kms:us-east-1:111122223333:key/my-example-key' },
    [
      [
        'aws:CalledVia: via CloudFormation and then DynamoDB',
        { 'aws:CalledVia': ['cloudformation.amazonaws.com', 'dynamodb.amazonaws.com'] },
        true,
      ],
      ['aws:CalledVia: the principal calls KMS directly', {}, false],
    ],
  ),
  ...rows(
    `${page.conditionKeys}#condition-keys-calledvia`,
    {
      Sid: 'KmsActionsIfCalledViaChain',
      Effect: 'Allow',
      Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey', 'kms:DescribeKey'],
      Resource: 'arn:aws:kms:us-east-1:111122223333:key/my-example-key',
      Condition: {
        StringEquals: {
          'aws:CalledViaFirst': 'cloudformation.amazonaws.com',
          'aws:CalledViaLast': 'dynamodb.amazonaws.com',
        },
      },
    },
    { action: 'kms:Decrypt', resource: 'arn:aws:kms:us-east-1:111122223333:key/my-example-key' },
    [
      [
        'first via CloudFormation, last via DynamoDB, another service in the middle',
        {
          'aws:CalledViaFirst': 'cloudformation.amazonaws.com',
          'aws:CalledViaLast': 'dynamodb.amazonaws.com',
        },
        true,
      ],
      [
        'first via DynamoDB',
        { 'aws:CalledViaFirst': 'dynamodb.amazonaws.com', 'aws:CalledViaLast': 'dynamodb.amazonaws.com' },
        false,
      ],
    ],
  ),
];

/** Every transcribed case. */
export const awsDocumentedCases: readonly DocumentedCase[] = [
  ...operatorCases,
  ...missingKeyCases,
  ...ifExistsCases,
  ...stringOperatorCases,
  ...multivaluedCases,
  ...multiValueConditionCases,
  ...multipleKeysCases,
  ...singleValuedCases,
  ...conditionElementCases,
  ...mfaPresentCases,
  ...evaluationCases,
  ...actionCases,
  ...notActionCases,
  ...notResourceCases,
  ...resourceCases,
  ...variableCases,
  ...examplePolicyCases,
  ...mfaSelfManageCases,
  ...sourceIpCases,
];
