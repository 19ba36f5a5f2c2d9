import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The home directory as the AWS CLI v2 finds it (Python's `expanduser`): on Windows `USERPROFILE`,
 * then `HOMEDRIVE` + `HOMEPATH` (Python 3.8+ ignores `HOME` there, which Git Bash and MSYS set);
 * elsewhere `HOME`; then the OS's answer.
 */
export function resolveHome(
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform = process.platform,
): string {
  if (platform !== 'win32') return nonEmpty(env.HOME) ?? homedir();
  const drivePath = nonEmpty(env.HOMEPATH) && `${env.HOMEDRIVE ?? ''}${env.HOMEPATH}`;
  return nonEmpty(env.USERPROFILE) ?? (drivePath || homedir());
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
