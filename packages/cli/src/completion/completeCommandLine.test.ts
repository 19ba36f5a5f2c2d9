import { describe, expect, it } from 'vitest';
import { commandTree } from '../commandTree.js';
import { completeCommandLine } from './completeCommandLine.js';

// A small tree in the shapes the real commands use: a global option, a command with a value
// option, an array option, a hidden option, a positional with choices, subcommands.
const tree = commandTree(
  [
    {
      command: 'env',
      describe: 'Print shell code. Second sentence.',
      builder: (y) =>
        y
          .option('shell', {
            type: 'string',
            choices: ['bash', 'fish'],
            describe: 'Shell [default: detected]',
          })
          .option('refresh', { type: 'boolean', describe: 'New session' })
          .option('user', { type: 'string', array: true, describe: 'Repeatable' })
          .option('secret', { type: 'string', hidden: true }),
      handler: () => {},
    },
    {
      command: 'hook <shell>',
      describe: 'Prompt hook',
      builder: (y) => y.positional('shell', { choices: ['bash', 'zsh'], describe: 'The shell' }),
      handler: () => {},
    },
    {
      command: 'device <command>',
      describe: 'Devices',
      builder: (y) =>
        y
          .command({ command: 'status', describe: 'Status', handler: () => {} })
          .command({ command: 'delete', describe: 'Delete', handler: () => {} }),
      handler: () => {},
    },
    { command: 'exec', describe: 'Run', handler: () => {} },
  ],
  (y: never) =>
    (y as { option(name: string, opt: object): unknown }).option('profile', {
      type: 'string',
      global: true,
      describe: 'Profile in ~/.aws/config [env: AWS_PROFILE]',
    }),
);
const profiles = ['dev', 'default', 'prod'];
const context = { profileNames: () => profiles };
const values = (words: string[], index = words.length - 1) =>
  completeCommandLine(tree, words, index, context).map((c) => c.value);

describe('completeCommandLine', () => {
  it('commands first, with the first clause of their description', () => {
    expect(completeCommandLine(tree, [''], 0, context)).toEqual([
      { value: 'env', description: 'Print shell code' },
      { value: 'hook', description: 'Prompt hook' },
      { value: 'device', description: 'Devices' },
      { value: 'exec', description: 'Run' },
    ]);
    expect(values(['de'])).toEqual(['device']);
    expect(values(['device', ''])).toEqual(['status', 'delete']);
  });

  it('options of the command and the global ones; hidden never, a given one only when repeatable', () => {
    expect(values(['env', '--'])).toEqual(['--shell', '--refresh', '--user', '--profile']);
    expect(values(['env', '--refresh', '--user', 'a', '--'])).toEqual(['--shell', '--user', '--profile']);
  });

  it('values: choices, profile names, by prefix; --opt=value; an empty current word the shell dropped', () => {
    expect(values(['env', '--shell', ''])).toEqual(['bash', 'fish']);
    expect(values(['env', '--profile', 'd'])).toEqual(['dev', 'default']);
    expect(values(['env', '--profile=p'])).toEqual(['--profile=prod']);
    expect(values(['env', '--profile'], 2)).toEqual(['dev', 'default', 'prod']);
    expect(values(['hook', ''])).toEqual(['bash', 'zsh']);
  });

  it('nothing (the shell offers files) for a value without choices, after --, and after a full positional', () => {
    expect(values(['env', '--user', ''])).toEqual([]);
    expect(values(['exec', '--', 'aw'])).toEqual([]);
    expect(values(['hook', 'bash', 'x'])).toEqual([]);
  });

  it('profile names that cannot be read are none, not an error', () => {
    const failing = {
      profileNames: () => {
        throw new Error('EACCES');
      },
    };
    expect(completeCommandLine(tree, ['env', '--profile', ''], 2, failing)).toEqual([]);
  });
});
