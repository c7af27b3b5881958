import { readFileSync } from 'node:fs';
import { errnoCode } from './errors';

/**
 * Linux: what /proc/<pid>/stat says, or undefined when it cannot tell. A zombie ('Z') or dead
 * ('X') process is gone although kill(pid, 0) still succeeds on it: a process killed with
 * SIGKILL stays a zombie until its parent reaps it, and a parent such as npm, a shell, Electron's
 * launcher or a test harness may do that only later. Restarting at once after kill -9 then found
 * the dead process "alive" and refused the data folder as locked.
 */
function aliveInProc(pid: number): boolean | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return false;
    return undefined; // /proc unreadable (a sandbox): ask the kernel by signal instead
  }
  // "pid (comm) state …": comm may hold spaces and parentheses, so read after the last ')'.
  const state = text.slice(text.lastIndexOf(')') + 2, text.lastIndexOf(')') + 3);
  return !(state === 'Z' || state === 'X' || state === 'x');
}

/** Whether `pid` is a running process (not a zombie) on this machine. */
export function processAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  if (process.platform === 'linux') {
    const known = aliveInProc(pid);
    if (known !== undefined) return known;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return errnoCode(error) === 'EPERM';
  }
}
