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
