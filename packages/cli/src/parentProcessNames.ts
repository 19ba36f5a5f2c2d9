import { readFileSync } from 'node:fs';

/**
 * Names of this process's ancestors, nearest first, read from /proc (Linux); empty elsewhere.
 * The parent of `awsmfa` inside `eval "$(awsmfa env)"` is the shell running the substitution.
 */
export function parentProcessNames(maxDepth = 4): string[] {
  if (process.platform !== 'linux') return [];
  const names: string[] = [];
  let pid = process.ppid;
  for (let depth = 0; depth < maxDepth && pid > 1; depth++) {
    try {
      // /proc/PID/stat: "PID (comm) STATE PPID …"; comm may itself contain ") ".
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      names.push(stat.slice(stat.indexOf('(') + 1, close));
      pid = Number(stat.slice(close + 2).split(' ')[1]);
    } catch {
      break;
    }
  }
  return names;
}
