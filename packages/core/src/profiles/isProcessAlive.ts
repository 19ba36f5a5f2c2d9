/**
 * Whether a process with this id runs on this machine. Signal 0 only asks: ESRCH means none;
 * EPERM means one that belongs to another user, which is alive. A reused id reads as alive, so
 * callers never act on "alive" alone.
 *
 * @example isProcessAlive(process.pid) // true
 */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}
