// The processes awsmfa starts on Windows, modelled on Linux: what Node hands CreateProcess, what
// cmd.exe makes of it, and the argv the program finally reads.
import { systemShell } from '@awsmfa/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commandInvocation } from './commandInvocation.js';
import {
  batchShimArgv,
  cmdPassesOn,
  cmdSlashSC,
  crtSplit,
  nodeWindowsCommandLine,
} from './testing/windowsCommandLine.js';

/** The argv of the program cmd.exe starts for an invocation made by Node on Windows. */
function argvThroughCmd(invocation: {
  file: string;
  args: string[];
  windowsVerbatimArguments: boolean;
}): string[] {
  const commandLine = nodeWindowsCommandLine(
    invocation.file,
    invocation.args,
    invocation.windowsVerbatimArguments,
  );
  return crtSplit(cmdPassesOn(cmdSlashSC(commandLine)));
}

describe('mfa_process on Windows', () => {
  it('mfa_process_quotes_reach_the_program: cmd /d /s /c gets the line verbatim', () => {
    const invocation = systemShell('ykman oath accounts code -s "aws dev"', 'win32', {
      ComSpec: 'C:\\Windows\\system32\\cmd.exe',
    });
    expect(invocation.file).toBe('C:\\Windows\\system32\\cmd.exe');
    expect(argvThroughCmd(invocation)).toEqual(['ykman', 'oath', 'accounts', 'code', '-s', 'aws dev']);
  });

  it('without windowsVerbatimArguments Node escapes the quotes with backslashes, which cmd passes on', () => {
    const invocation = systemShell('ykman -s "aws dev"', 'win32', {});
    expect(argvThroughCmd({ ...invocation, windowsVerbatimArguments: false })).not.toEqual([
      'ykman',
      '-s',
      'aws dev',
    ]);
  });

  it('elsewhere /bin/sh -c', () => {
    expect(systemShell('ykman', 'linux', {})).toEqual({
      file: '/bin/sh',
      args: ['-c', 'ykman'],
      windowsVerbatimArguments: false,
    });
  });
});

describe('exec on Windows', () => {
  const env = {
    Path: 'C:\\Windows\\system32;C:\\Users\\me\\AppData\\Roaming\\npm',
    PATHEXT: '.COM;.EXE;.BAT;.CMD',
  };
  // NTFS names ignore case; PATHEXT is upper case.
  const files = new Set(
    [
      'C:\\Users\\me\\AppData\\Roaming\\npm\\cdk.cmd',
      'C:\\Windows\\system32\\where.exe',
      'C:\\Program Files\\Amazon\\AWSCLIV2\\aws.exe',
    ].map((path) => path.toLowerCase()),
  );
  const context = {
    platform: 'win32' as const,
    env,
    cwd: 'C:\\work',
    isFile: (path: string) => files.has(path.toLowerCase()),
  };

  it('exec_of_cmd_shims: an npm .cmd shim found with PATHEXT runs through cmd.exe, arguments intact', () => {
    const args = ['deploy', '--context', 'name=a b & c', '^(x)', "it's", '!x!', 'C:\\dir with space\\'];
    const invocation = commandInvocation('cdk', args, context);
    expect('file' in invocation && invocation.file).toBe('cmd.exe');
    const commandLine =
      'file' in invocation
        ? nodeWindowsCommandLine(invocation.file, invocation.args, invocation.windowsVerbatimArguments)
        : '';
    expect(batchShimArgv(cmdSlashSC(commandLine))).toEqual({
      batchFile: 'C:\\Users\\me\\AppData\\Roaming\\npm\\cdk.CMD',
      argv: args,
    });
  });

  it('any arguments a batch file gets: exactly those, or the word is refused', () => {
    const character = fc.constantFrom(...'aZ09 \\/:._-&()^!\'<>|,;=+@#$~`[]{}*?\u00e9\t%"');
    fc.assert(
      fc.property(fc.array(fc.string({ unit: character, maxLength: 12 }), { maxLength: 5 }), (args) => {
        const invocation = commandInvocation('cdk', args, context);
        if ('unsafe' in invocation) {
          expect(invocation.unsafe).toMatch(/["%]/);
          return;
        }
        const commandLine = nodeWindowsCommandLine(
          invocation.file,
          invocation.args,
          invocation.windowsVerbatimArguments,
        );
        expect(batchShimArgv(cmdSlashSC(commandLine)).argv).toEqual(args);
      }),
      { numRuns: 500 },
    );
  });

  it('a program found on PATH starts directly', () => {
    expect(commandInvocation('where', ['x'], context)).toEqual({
      file: 'C:\\Windows\\system32\\where.EXE',
      args: ['x'],
      windowsVerbatimArguments: false,
    });
    expect(commandInvocation('C:\\Program Files\\Amazon\\AWSCLIV2\\aws', ['s3'], context)).toMatchObject({
      file: 'C:\\Program Files\\Amazon\\AWSCLIV2\\aws.EXE',
    });
  });

  it('% and " cannot reach a batch file intact, so they are refused', () => {
    expect(commandInvocation('cdk', ['100%'], context)).toEqual({ unsafe: '100%' });
  });

  it('elsewhere, and for what is not found, the command is started as given', () => {
    expect(commandInvocation('cdk', ['a'], { ...context, platform: 'linux' })).toEqual({
      file: 'cdk',
      args: ['a'],
      windowsVerbatimArguments: false,
    });
    expect(commandInvocation('nope', [], context)).toEqual({
      file: 'nope',
      args: [],
      windowsVerbatimArguments: false,
    });
  });
});
