import { defineMessages } from '../defineMessages.js';

/**
 * yargs' own words (headings, types, its usage errors), under the keys its y18n looks them up
 * by: each English text here IS that key (node_modules/yargs/locales/en.json), so do not reword
 * it. The bundled yargs ships no locale files; the CLI hands yargs the Japanese (yargsStrings).
 * Keys with one/other plural forms in yargs are marked in yargsPluralKeys.
 */
export const yargsText = defineMessages('yargs', {
  commands: 'Commands:',
  options: 'Options:',
  examples: 'Examples:',
  positionals: 'Positionals:',
  boolean: 'boolean',
  count: 'count',
  string: 'string',
  number: 'number',
  array: 'array',
  required: 'required',
  default: 'default',
  defaultColon: 'default:',
  choicesColon: 'choices:',
  aliasesColon: 'aliases:',
  generatedValue: 'generated-value',
  notEnoughNonOptionArguments: 'Not enough non-option arguments: got %s, need at least %s',
  tooManyNonOptionArguments: 'Too many non-option arguments: got %s, maximum of %s',
  missingArgumentValue: 'Missing argument value: %s',
  missingRequiredArgument: 'Missing required argument: %s',
  unknownArgument: 'Unknown argument: %s',
  unknownCommand: 'Unknown command: %s',
  invalidValues: 'Invalid values:',
  argumentGivenChoices: 'Argument: %s, Given: %s, Choices: %s',
  argumentCheckFailed: 'Argument check failed: %s',
  implicationsFailed: 'Implications failed:',
  notEnoughArgumentsFollowing: 'Not enough arguments following: %s',
  invalidJsonConfig: 'Invalid JSON config file: %s',
  pathToJsonConfig: 'Path to JSON config file',
  showHelp: 'Show help',
  showVersion: 'Show version number',
  didYouMean: 'Did you mean %s?',
  mutuallyExclusive: 'Arguments %s and %s are mutually exclusive',
  command: 'command',
  deprecated: 'deprecated',
  deprecatedBecause: 'deprecated: %s',
});

/** The names of yargsText whose yargs entries have `one` and `other` forms. */
export const yargsPluralKeys: ReadonlySet<string> = new Set([
  'notEnoughNonOptionArguments',
  'tooManyNonOptionArguments',
  'missingArgumentValue',
  'missingRequiredArgument',
  'unknownArgument',
  'unknownCommand',
]);
