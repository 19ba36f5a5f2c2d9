import { defineMessages } from '../defineMessages.js';

/** Usage errors (usageError, usageMessage, ignoresGlobalOptions): what is wrong with the command line. */
export const usageText = defineMessages('usage', {
  usageLine: (p: { line: string }) => `usage: ${p.line}`,
  forMore: (p: { usage: string; help: string }) => `${p.usage} (${p.help} for more)`,
  listsOptions: (p: { usage: string; help: string }) => `${p.usage} (${p.help} lists the options)`,
  saysWhatEachDoes: (p: { usage: string; help: string }) => `${p.usage} (${p.help} says what each does)`,
  noSuchOption: (p: { command: string; option: string }) => `${p.command} has no option ${p.option}.`,
  needsValue: (p: { option: string }) => `--${p.option} needs a value.`,
  nameACommand: (p: { commands: readonly string[] }) => `Name a command: ${p.commands.join(', ')}.`,
  nameASubcommand: (p: { command: string; choices: string }) =>
    `Name a subcommand of ${p.command}: ${p.choices}.`,
  noSuchCommandGuess: (p: { command: string; word: string; guess: string }) =>
    `${p.command} has no command ${p.word}; did you mean ${p.guess}?`,
  noSuchCommand: (p: { command: string; word: string; choices: string }) =>
    `${p.command} has no command ${p.word}; it has ${p.choices}.`,
  needsChoice: (p: { command: string; name: string; choices: string }) =>
    `${p.command} needs the ${p.name}: ${p.choices}.`,
  needsPositional: (p: { command: string; name: string; describe: string }) =>
    `${p.command} needs the ${p.name}${p.describe ? ` (${lowerFirst(p.describe)})` : ''}.`,
  needsOption: (p: { command: string; option: string; describe: string }) =>
    `${p.command} needs --${p.option}${p.describe ? ` (${lowerFirst(p.describe)})` : ''}.`,
  putDashDash: (p: { command: string; words: string }) =>
    `${p.command} runs the command given after --: put -- before ${p.words}.`,
  takesNoArgument: (p: { command: string; word: string }) => `${p.command} takes no argument ${p.word}.`,
  needsToo: (p: { first: string; second: string }) => `--${p.first} needs --${p.second} too.`,
  cannotCombine: (p: { first: string; second: string }) =>
    `--${p.first} and --${p.second} cannot be used together.`,
  oneOf: (p: { choices: readonly string[] }) =>
    p.choices.length <= 1
      ? (p.choices[0] ?? '')
      : `${p.choices.slice(0, -1).join(', ')} or ${p.choices.at(-1)}`,
  notOneOf: (p: { option: string; given: string; choices: readonly string[] }) =>
    `${p.option} ${p.given} is not one of: ${p.choices.join(', ')}.`,
  doesNotTake: (p: { command: string; option: string; why: string }) =>
    `awsmfa ${p.command} does not take --${p.option}: ${p.why}.`,
  leaveOut: (p: { command: string; option: string }) =>
    `leave --${p.option} out (awsmfa ${p.command} --help lists what it takes)`,
});

// A description written as a sentence (`IAM group to check`) inside another one.
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}
