import type { KeyLocation } from '@awsmfa/core';
import type { CommandModule } from 'yargs';
import type { GlobalArgs } from '../../globalOptions.js';
import { renderTable } from '../../renderTable.js';
import { processTerminal, type Terminal } from '../../terminal.js';

interface KeysListArgs extends GlobalArgs {
  json: boolean;
}

/** `awsmfa keys list`: where each profile's long-term keys live; never a secret, never a store opened. */
export const keysListCommand: CommandModule<GlobalArgs, KeysListArgs> = {
  command: 'list',
  describe: "Show where each profile's long-term keys live (file, keyring, encrypted-file)",
  builder: (yargs) =>
    yargs
      .option('json', { type: 'boolean', default: false, describe: 'Print the list as JSON on stdout' })
      .example('$0 keys list', 'One line per profile: store and access key ID')
      .epilogue(
        'Reads ~/.aws/config and ~/.aws/credentials only: no keyring is unlocked and no passphrase asked.',
      ) as never,
  handler: (args) => runKeysList(args, processTerminal()),
};

/** Runs `keys list`: the table (or JSON) on stdout, advice on stderr. */
export async function runKeysList(args: KeysListArgs, terminal: Terminal): Promise<void> {
  const { listKeyLocations } = await import('@awsmfa/core');
  const locations = listKeyLocations({ env: terminal.env });
  if (args.json) {
    terminal.stdout.write(`${JSON.stringify(locations, null, 2)}\n`);
    return;
  }
  if (locations.length === 0) {
    terminal.stderr.write('No profiles yet: import keys with awsmfa import <file.csv> --store keyring\n');
    return;
  }
  terminal.stdout.write(
    renderTable(
      ['PROFILE', 'KEYS IN', 'ACCESS KEY ID'],
      locations.map((location) => [location.profile, storeCell(location), location.accessKeyId ?? '']),
    ),
  );
  const advice: string[] = [];
  for (const location of locations) {
    if (location.problem) advice.push(location.problem);
    if (location.plaintextCopy) {
      advice.push(
        `Profile ${location.profile} keeps its keys in the ${location.store}, but ~/.aws/credentials still has plaintext keys for it: awsmfa keys move --profile ${location.profile} --to ${location.store} removes them.`,
      );
    }
  }
  if (locations.some((location) => location.store === 'file' && !location.sessionCredentials)) {
    advice.push(
      'Keys in file are plaintext: awsmfa keys move --profile NAME --to keyring (or encrypted-file).',
    );
  }
  for (const line of advice) terminal.stderr.write(`${line}\n`);
}

function storeCell(location: KeyLocation): string {
  if (location.problem) return '(invalid awsmfa_key_store)';
  if (location.store === 'file')
    return location.sessionCredentials ? 'file (session credentials)' : 'file (plaintext)';
  if (location.store) return location.plaintextCopy ? `${location.store} (+ plaintext copy)` : location.store;
  if (location.sourceProfile !== undefined) return `(role: keys of ${location.sourceProfile})`;
  return '(none)';
}
