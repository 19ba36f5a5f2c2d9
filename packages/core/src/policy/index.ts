export {
  aggregateCidrs,
  type Cidr,
  cidrContains,
  formatCidr,
  formatIp,
  type IpAddress,
  type IpFamily,
  parseCidr,
  parseIp,
  validateTrustedCidr,
} from './cidr.js';
export type {
  ConditionBlock,
  Decision,
  EvaluationResult,
  MatchedStatement,
  NamedPolicy,
  OneOrMany,
  PolicyDocument,
  PolicySource,
  PolicyStatement,
  RequestContext,
} from './types.js';
