import { readFileSync } from 'node:fs';
import type { AncestorProcess } from '@awsmfa/shell';

/**
 * This process's ancestors, nearest first, each read only when asked for (detection usually stops
 * at the parent): from /proc on Linux (two small reads each); on macOS and the BSDs from `ps`, one
 * call for the parent and, only when detection looks further, one listing of all processes; none
 * on Windows, which has no cheap way to name a parent process (it would take WMI, hundreds of
 * milliseconds). The parent of `awsmfa` inside `eval "$(awsmfa env)"` is the shell running the
 * substitution. `fromPid`: the first process to read (default: the parent).
 */
export function* ancestorProcesses(
  options: { platform?: NodeJS.Platform; fromPid?: number; maxDepth?: number } = {},
): Generator<AncestorProcess> {
  const { platform = process.platform, fromPid = process.ppid, maxDepth = 8 } = options;
  if (platform === 'win32') return;
  let read: (pid: number) => Found = platform === 'linux' ? readProc : readPsOne;
  let pid = fromPid;
  for (let depth = 0; depth < maxDepth && pid > 1; depth++) {
    const found = read(pid);
    if (!found) return;
    yield found.process;
    pid = found.ppid;
    if (read === readPsOne) read = readPsTable();
  }
}

type Found = { process: AncestorProcess; ppid: number } | undefined;

function readProc(pid: number): Found {
  try {
    // /proc/PID/stat: "PID (comm) STATE PPID …"; comm may itself contain ") ".
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = stat.lastIndexOf(')');
    const name = stat.slice(stat.indexOf('(') + 1, close);
    const ppid = Number(stat.slice(close + 2).split(' ')[1]);
    // NUL-separated argv, with a trailing NUL; unreadable for other users' processes.
    let args: string[] | undefined;
    try {
      args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').slice(1, -1);
    } catch {}
    return { process: { name, args }, ppid };
  } catch {
    return undefined;
  }
}

/** `ps` with `ppid` and `args` of one process (`-p PID`) or of all (`-A`), by pid. */
function ps(selection: string[]): Map<number, Found> {
  // Loaded only here: node:child_process costs ~3 ms of the fast path on Linux, which needs none.
  const { execFileSync } = process.getBuiltinModule('node:child_process');
  const table = new Map<number, Found>();
  const output = execFileSync('/bin/ps', [...selection, '-o', 'pid=', '-o', 'ppid=', '-o', 'args='], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 64 * 1024 * 1024,
  });
  for (const line of output.split('\n')) {
    const match = line.match(/^\s*(\d+)\s+(\d+)\s+(\S+)(.*)$/);
    if (!match) continue;
    // `args` joins argv with spaces: a path with spaces splits wrongly, which only matters for
    // programs that are not shells.
    const args = (match[4] as string).trim().split(/\s+/).filter(Boolean);
    table.set(Number(match[1]), { process: { name: match[3] as string, args }, ppid: Number(match[2]) });
  }
  return table;
}

function readPsOne(pid: number): Found {
  try {
    return ps(['-p', String(pid)]).get(pid);
  } catch {
    return undefined;
  }
}

/** Every process in one `ps` call, read when the walk goes past the parent. */
function readPsTable(): (pid: number) => Found {
  let table: Map<number, Found> | undefined;
  return (pid) => {
    try {
      table ??= ps(['-A']);
    } catch {
      table = new Map();
    }
    return table.get(pid);
  };
}
