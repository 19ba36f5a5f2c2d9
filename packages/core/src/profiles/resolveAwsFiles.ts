import { homedir } from 'node:os';
import { join } from 'node:path';

/** The home directory as the AWS CLI finds it: `HOME`, then `USERPROFILE`, then the OS. */
export function resolveHome(env: Readonly<Record<string, string | undefined>>): string {
  return nonEmpty(env.HOME) ?? nonEmpty(env.USERPROFILE) ?? homedir();
}

/**
 * Where the AWS shared files are: `AWS_CONFIG_FILE` and `AWS_SHARED_CREDENTIALS_FILE` (a leading
 * `~` expanded, as botocore does), else `~/.aws/config` and `~/.aws/credentials`.
 *
 * @example resolveAwsFiles({ HOME: '/home/me' }).credentialsFile // '/home/me/.aws/credentials'
 */
export function resolveAwsFiles(
  env: Readonly<Record<string, string | undefined>>,
  home: string = resolveHome(env),
): { configFile: string; credentialsFile: string } {
  const expand = (path: string) => (path === '~' || /^~[/\\]/.test(path) ? join(home, path.slice(1)) : path);
  return {
    configFile: expand(nonEmpty(env.AWS_CONFIG_FILE) ?? join(home, '.aws', 'config')),
    credentialsFile: expand(nonEmpty(env.AWS_SHARED_CREDENTIALS_FILE) ?? join(home, '.aws', 'credentials')),
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
