import { policyHelpText } from '@awsmfa/core';
import type { Argv } from 'yargs';
import { userText } from '../../userLanguage.js';

/** Options of every command that changes a policy. */
export interface EditArgs {
  yes: boolean;
  dryRun: boolean;
  force: boolean;
  aggregate: boolean;
}

/** Adds `--yes`, `--dry-run`, `--force` and `--aggregate`. */
export function withEditOptions<T>(yargs: Argv<T>): Argv<T & EditArgs> {
  return yargs
    .option('yes', {
      alias: 'y',
      type: 'boolean',
      default: false,
      describe: userText(policyHelpText.yes()),
    })
    .option('dry-run', {
      type: 'boolean',
      default: false,
      describe: userText(policyHelpText.dryRun()),
    })
    .option('force', {
      type: 'boolean',
      default: false,
      describe: userText(policyHelpText.force()),
    })
    .option('aggregate', {
      type: 'boolean',
      default: false,
      describe: userText(policyHelpText.aggregate()),
    }) as unknown as Argv<T & EditArgs>;
}

/** Splits repeated and comma-separated `--trusted-ip` values into one list. */
export function splitCidrs(values: readonly (string | number)[] | undefined): string[] {
  return (values ?? []).flatMap((value) => String(value).split(/[\s,]+/)).filter((value) => value !== '');
}

/** Adds `--trusted-ip CIDR…`. */
export function withTrustedIpOption<T>(yargs: Argv<T>): Argv<T & { trustedIp: string[] }> {
  return yargs.option('trusted-ip', {
    type: 'string',
    array: true,
    default: [] as string[],
    describe: userText(policyHelpText.trustedIp()),
  }) as unknown as Argv<T & { trustedIp: string[] }>;
}
