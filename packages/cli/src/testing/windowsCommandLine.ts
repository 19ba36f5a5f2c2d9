// How the two AWS clients on Windows turn a `credential_process` line into the argv of the process
// they start, modelled for tests on Linux:
// - botocore (AWS CLI v2): `compat_shell_split` on win32 (`_windows_shell_split` in
//   botocore/compat.py) splits it, then Popen passes the list on, so the child sees those words;
// - the JS SDK (credential-provider-process): `child_process.exec`, i.e. `cmd.exe /d /s /c "line"`;
//   cmd handles its own characters, then the child's C runtime splits what cmd passed on.

/** A port of botocore's `_windows_shell_split`: double quotes only, backslashes before a quote. */
export function botocoreWindowsSplit(line: string): string[] {
  if (line === '') return [];
  const components: string[] = [];
  let buffer: string[] = [];
  let quoted = false;
  let backslashes = 0;
  for (const ch of line) {
    if (ch === '\\') {
      backslashes++;
    } else if (ch === '"') {
      if (backslashes > 0) {
        buffer.push('\\'.repeat(Math.floor(backslashes / 2)));
        const odd = backslashes % 2 === 1;
        backslashes = 0;
        if (odd) {
          buffer.push('"');
          continue;
        }
      }
      quoted = !quoted;
      // An empty piece keeps `""` as an (empty) component.
      buffer.push('');
    } else if ((ch === ' ' || ch === '\t') && !quoted) {
      if (backslashes > 0) buffer.push('\\'.repeat(backslashes));
      backslashes = 0;
      if (buffer.length > 0) components.push(buffer.join(''));
      buffer = [];
    } else {
      if (backslashes > 0) buffer.push('\\'.repeat(backslashes));
      backslashes = 0;
      buffer.push(ch);
    }
  }
  if (quoted) throw new Error(`No closing quotation in string: ${line}`);
  if (backslashes > 0) buffer.push('\\'.repeat(backslashes));
  if (buffer.length > 0) components.push(buffer.join(''));
  return components;
}

/**
 * What cmd.exe makes of one command line before starting the program: `%…%` expansion (inside
 * quotes too), `^` escapes and the operators `& | < >` outside quotes. Throws where cmd would do
 * something other than run one program with the text as typed (expand, redirect, chain).
 */
export function cmdPassesOn(line: string): string {
  if (line.includes('%')) throw new Error(`cmd expands %…% in ${line}`);
  let quoted = false;
  let out = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '^') {
      out += line[++i] ?? '';
      continue;
    } else if (!quoted && '&|<>'.includes(ch)) {
      throw new Error(`cmd reads ${ch} as an operator in ${line}`);
    } else if (ch === '\n' || ch === '\r') {
      throw new Error('cmd ends the command at a newline');
    }
    out += ch;
  }
  return out;
}

/**
 * The C runtime's split of a command line (UCRT, as in `CommandLineToArgvW` since 2008): the
 * program name ends at the first unquoted space and takes no escapes; after it, 2n backslashes
 * before `"` give n and toggle quoting, 2n+1 give n and a literal `"`, and `""` inside quotes is a
 * literal `"`.
 */
export function crtSplit(line: string): string[] {
  const argv: string[] = [];
  let i = 0;
  let program = '';
  let quoted = false;
  for (; i < line.length; i++) {
    const ch = line[i] as string;
    if (ch === '"') quoted = !quoted;
    else if ((ch === ' ' || ch === '\t') && !quoted) break;
    else program += ch;
  }
  argv.push(program);
  let current: string | undefined;
  quoted = false;
  while (i < line.length) {
    const ch = line[i] as string;
    if ((ch === ' ' || ch === '\t') && !quoted) {
      if (current !== undefined) argv.push(current);
      current = undefined;
      i++;
      continue;
    }
    current ??= '';
    if (ch === '\\') {
      let run = 0;
      while (line[i] === '\\') {
        run++;
        i++;
      }
      if (line[i] === '"') {
        current += '\\'.repeat(Math.floor(run / 2));
        if (run % 2 === 1) {
          current += '"';
          i++;
        }
      } else {
        current += '\\'.repeat(run);
      }
      continue;
    }
    if (ch === '"') {
      if (quoted && line[i + 1] === '"') {
        current += '"';
        i += 2;
        continue;
      }
      quoted = !quoted;
      i++;
      continue;
    }
    current += ch;
    i++;
  }
  if (current !== undefined) argv.push(current);
  return argv;
}

/** The argv the JS SDK's child gets for `line` on Windows: cmd.exe first, then the C runtime. */
export function jsSdkWindowsArgv(line: string): string[] {
  return crtSplit(cmdPassesOn(line));
}

/**
 * The command line Node (libuv's `make_program_args`) gives CreateProcess for `file args…`:
 * joined as they are with `windowsVerbatimArguments`, else each quoted for the C runtime
 * (`quote_cmd_arg`: bare when it has no space, tab or `"`; else in quotes with `\"` escapes).
 */
export function nodeWindowsCommandLine(file: string, args: readonly string[], verbatim: boolean): string {
  if (verbatim) return [file, ...args].join(' ');
  return [file, ...args].map(libuvQuote).join(' ');
}

function libuvQuote(arg: string): string {
  if (arg === '') return '""';
  if (!/[ \t"]/.test(arg)) return arg;
  if (!/["\\]/.test(arg)) return `"${arg}"`;
  let out = '';
  let backslashes = 0;
  for (const ch of arg) {
    if (ch === '\\') {
      backslashes++;
      continue;
    }
    if (ch === '"') out += `${'\\'.repeat(backslashes * 2 + 1)}"`;
    else out += '\\'.repeat(backslashes) + ch;
    backslashes = 0;
  }
  return `"${out}${'\\'.repeat(backslashes * 2)}"`;
}

/**
 * `cmd.exe /d /s /c LINE`: with /s, cmd removes the first character if it is a quote and the last
 * quote of the line, then runs what is left. Returns that command line.
 */
export function cmdSlashSC(commandLine: string): string {
  const rest = commandLine.match(/\s\/c\s+(.*)$/is)?.[1];
  if (rest === undefined) throw new Error(`no /c in ${commandLine}`);
  if (!rest.startsWith('"')) return rest;
  const last = rest.lastIndexOf('"');
  return rest.slice(1, last) + rest.slice(last + 1);
}

/**
 * The argv of the node process a batch shim (`@"node" "%~dp0\cli.js" %*`, as npm writes them)
 * starts when cmd runs `line`: cmd parses the line once, runs the batch file, and the batch
 * file's `%*` (the arguments as cmd passed them) goes through cmd's parser a second time.
 */
export function batchShimArgv(line: string): { batchFile: string; argv: string[] } {
  const once = cmdPassesOn(line);
  const batchFile = crtSplit(once)[0] as string;
  const rest = once.replace(/^\s*("[^"]*"|\S+)\s*/, '');
  const argv = crtSplit(cmdPassesOn(`node cli.js ${rest}`)).slice(2);
  return { batchFile, argv };
}
