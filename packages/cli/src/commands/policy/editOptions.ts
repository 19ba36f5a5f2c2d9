import type { Argv } from 'yargs';

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
      describe: 'Apply without asking (for scripts); the diff is still printed',
    })
    .option('dry-run', {
      type: 'boolean',
      default: false,
      describe: 'Print the diff and apply nothing',
    })
    .option('force', {
      type: 'boolean',
      default: false,
      describe: 'Accept a trusted CIDR that trusts everything (0.0.0.0/0, ::/0) or has host bits set',
    })
    .option('aggregate', {
      type: 'boolean',
      default: false,
      describe: 'Merge overlapping/adjacent trusted CIDRs and drop duplicates (helps with the size quota)',
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
    describe:
      'Address or CIDR (IPv4 or IPv6) from which no MFA is needed; repeat or separate with commas. None: MFA everywhere',
  }) as unknown as Argv<T & { trustedIp: string[] }>;
}
