// Every --help is Japanese for a Japanese user: its description, its options (the shared ones
// included) and yargs' own words. The commands come from the completion walk of the command
// tree, so a command added later is checked too.
import { describe, expect, it } from 'vitest';
import { runAwsmfa, testHome } from './support/awsmfa.js';

const japanese = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
// Three English words in a row, outside commands, paths and variables: prose left in English.
const englishProse = /\b[a-z]{2,} [a-z]{2,} [a-z]{2,}\b/;

async function subcommandsOf(path: readonly string[], env: NodeJS.ProcessEnv): Promise<string[]> {
  const result = await runAwsmfa(['__complete', 'bash', String(path.length), ...path, ''], { env });
  return result.stdout.split('\n').filter((word) => word !== '' && !word.startsWith('-'));
}

async function everyCommand(env: NodeJS.ProcessEnv): Promise<string[][]> {
  const found: string[][] = [];
  const visit = async (path: string[]) => {
    found.push(path);
    for (const sub of await subcommandsOf(path, env)) await visit([...path, sub]);
  };
  await visit([]);
  return found;
}

/** The lines of a help text that are prose in English: not a usage line, example or code. */
function englishLines(help: string): string[] {
  return help
    .split('\n')
    .filter((line) => !japanese.test(line) && englishProse.test(line))
    .filter((line) => !/^\s*(awsmfa|\$|eval |aws |#)/.test(line.trimStart()));
}

describe('--help in Japanese', () => {
  it('finds English prose when there is some (the check can fail)', () => {
    expect(englishLines('  --debug  Log requests and decisions to stderr\n  --x  日本語の説明')).toEqual([
      '  --debug  Log requests and decisions to stderr',
    ]);
  });

  it('every command, its options and the shared ones are in Japanese', async () => {
    const env = { ...testHome().env, AWSMFA_LANG: 'ja' };
    const commands = await everyCommand(env);
    // The walk reaches nested commands (policy trusted-ip add), so it is not just the top level.
    expect(commands.map((path) => path.join(' '))).toEqual(
      expect.arrayContaining(['', 'env', 'policy trusted-ip add', 'admin audit', 'keys rotate']),
    );
    const english: string[] = [];
    for (const path of commands) {
      const help = await runAwsmfa([...path, '--help'], { env });
      expect(help.status).toBe(0);
      expect(help.stdout).toMatch(/オプション/);
      for (const line of englishLines(help.stdout)) english.push(`awsmfa ${path.join(' ')}: ${line.trim()}`);
    }
    expect(english).toEqual([]);
  }, 180_000);
});
