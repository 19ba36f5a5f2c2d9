import { sessionHelpText } from '@awsmfa/core';
import type { CommandModule } from 'yargs';
import { openSession, type SessionArgs, sessionOptions } from '../openSession.js';
import { credentialProcessJson } from '../sessionEnv.js';
import { processTerminal, type Terminal } from '../terminal.js';
import { userText } from '../userLanguage.js';

/** `awsmfa credential-process`: the Version 1 JSON for `credential_process` in ~/.aws/config. */
export const credentialProcessCommand: CommandModule<object, SessionArgs> = {
  command: 'credential-process',
  get describe() {
    return userText(sessionHelpText.credentialProcessDescribe());
  },
  builder: (yargs) => sessionOptions(yargs) as never,
  handler: (args) => runCredentialProcess(args, processTerminal()),
};

/**
 * Runs `credential-process`. Sessions with less than 15 minutes left are refreshed first: the AWS
 * CLI would call the process a second time within the same command otherwise.
 */
export async function runCredentialProcess(args: SessionArgs, terminal: Terminal): Promise<void> {
  const { result, keys } = await openSession(args, terminal, 'credential-process');
  if (result.kind === 'trusted') {
    // On a trusted network the policy lets long-term keys through; the caller needs keys, not a name.
    const { accessKeyId, secretAccessKey } = await keys();
    terminal.stdout.write(credentialProcessJson({ accessKeyId, secretAccessKey }));
    return;
  }
  terminal.stdout.write(credentialProcessJson(result.session));
}
