import { type KeyLocation, keysCliText, type Message, verbatim } from '@awsmfa/core';
import type { CommandModule } from 'yargs';
import type { GlobalArgs } from '../../globalOptions.js';
import { renderTable } from '../../renderTable.js';
import { processTerminal, type Terminal } from '../../terminal.js';
import { userText } from '../../userLanguage.js';

const t = keysCliText;

interface KeysListArgs extends GlobalArgs {
  json: boolean;
}

/** `awsmfa keys list`: where each profile's long-term keys live; never a secret, never a store opened. */
export const keysListCommand: CommandModule<GlobalArgs, KeysListArgs> = {
  command: 'list',
  get describe() {
    return userText(t.listDescribe());
  },
  builder: (yargs) =>
    yargs
      .option('json', { type: 'boolean', default: false, describe: userText(t.listJson()) })
      .example('$0 keys list', userText(t.listExample()))
      .epilogue(userText(t.listEpilogue())) as never,
  handler: (args) => runKeysList(args, processTerminal()),
};

/** Runs `keys list`: the table (or JSON) on stdout, advice on stderr. */
export async function runKeysList(args: KeysListArgs, terminal: Terminal): Promise<void> {
  const { listKeyLocations } = await import('@awsmfa/core');
  const locations = listKeyLocations({ env: terminal.env });
  if (args.json) {
    // The same JSON in every language: the problems in English, not their Messages.
    const json = locations.map(({ problemText: _problem, ...location }) => location);
    terminal.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return;
  }
  if (locations.length === 0) {
    terminal.stderr.write(`${userText(t.noProfiles())}\n`);
    return;
  }
  terminal.stdout.write(
    renderTable(
      [t.headingProfile(), t.headingKeysIn(), t.headingAccessKeyId()].map(userText),
      locations.map((location) => [
        location.profile,
        userText(storeCell(location)),
        location.accessKeyId ?? '',
      ]),
    ),
  );
  const advice: Message[] = [];
  for (const location of locations) {
    if (location.problemText) advice.push(location.problemText);
    if (location.plaintextCopy && location.store) {
      advice.push(t.plaintextCopy({ profile: location.profile, store: location.store }));
    }
  }
  if (locations.some((location) => location.store === 'file' && !location.sessionCredentials)) {
    advice.push(t.plaintextAdvice());
  }
  for (const line of advice) terminal.stderr.write(`${userText(line)}\n`);
}

function storeCell(location: KeyLocation): Message {
  if (location.problem) return t.invalidStore();
  if (location.store === 'file') return location.sessionCredentials ? t.fileSession() : t.filePlaintext();
  if (location.store)
    return location.plaintextCopy ? t.storeWithCopy({ store: location.store }) : verbatim(location.store);
  if (location.sourceProfile !== undefined) return t.roleKeysOf({ source: location.sourceProfile });
  return t.none();
}
