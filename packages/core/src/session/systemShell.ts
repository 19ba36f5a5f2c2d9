type Env = Readonly<Record<string, string | undefined>>;

/** A program and its arguments, plus Node's switch for passing them to Windows as they are. */
export interface SystemShellInvocation {
  file: string;
  args: string[];
  /** Node must not quote the arguments: cmd.exe does not read the C runtime's `\"` escapes. */
  windowsVerbatimArguments: boolean;
}

/**
 * How to run `commandLine` in the system shell exactly as typed: `/bin/sh -c LINE`, or on Windows
 * `%ComSpec% /d /s /c "LINE"` passed verbatim. Node's default quoting would turn
 * `ykman … -s "aws dev"` into `"ykman … -s \"aws dev\""`, which cmd hands on with the backslashes;
 * with `/s`, cmd strips exactly the outer pair of quotes and runs the rest (`/d`: no AutoRun).
 */
export function systemShell(commandLine: string, platform: NodeJS.Platform, env: Env): SystemShellInvocation {
  if (platform !== 'win32')
    return { file: '/bin/sh', args: ['-c', commandLine], windowsVerbatimArguments: false };
  // A Windows environment copied into a plain object keeps the variable's own case (ComSpec).
  const comSpec = Object.entries(env).find(([name]) => name.toUpperCase() === 'COMSPEC')?.[1];
  return {
    file: comSpec || 'cmd.exe',
    args: ['/d', '/s', '/c', `"${commandLine}"`],
    windowsVerbatimArguments: true,
  };
}
