export { accessKeyIdProblem, secretAccessKeyProblem } from './accessKeyShape.js';
export {
  type ImportAccessKeysOptions,
  type ImportedProfile,
  type ImportResult,
  importAccessKeys,
} from './importAccessKeys.js';
export {
  type AccessKeyRow,
  type InvalidRow,
  type ParseAccessKeyCsvOptions,
  parseAccessKeyCsv,
} from './parseAccessKeyCsv.js';
export { type CsvSource, decodeCsvBytes, readAccessKeyCsv } from './readAccessKeyCsv.js';
