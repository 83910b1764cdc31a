// A process loading a new generation during a hot reload is background work: the readers' searches
// come first. On two cores, a roll ran three busy processes at once (the new one parses, rebuilds and
// warms for about 5 s of CPU at 100×), and the searches queued behind it. The primary lowers the new
// process's CPU priority while it loads and gives it back once it serves.
//
// Giving it back (lowering a nice value) needs CAP_SYS_NICE outside a user namespace (root on the host)
// or a large enough RLIMIT_NICE (systemd's LimitNICE=). Without either the priority is left alone: a
// worker stuck at a low priority would serve slower than its siblings for the rest of its life.
//
// Linux keeps a nice value per thread: every thread of the process is set (the GC helpers and libuv's
// pool, which compresses the answers, included); threads started later inherit the main thread's.
import { readdirSync, readFileSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/**
 * A load at 100× takes 4–5 s at the lower priority under a steady 150 searches a second; on a machine
 * saturated by searches it would barely progress, so after this it competes like any other process.
 */
export const LOADING_PRIORITY_MS = 10_000;

/** How much lower than the primary a loading process runs (nice values: 0 normal, 19 lowest). */
export const LOADING_NICE_OFFSET = 10;
const LOWEST_NICE = 19;
/** Linux capability number of CAP_SYS_NICE. */
const CAP_SYS_NICE = 23n;

export interface ProcessPriority {
  /** Lowers `pid` while it loads; false when the priority could not be given back, so it was left alone. */
  lower(pid: number): boolean;
  /** Gives `pid` the primary's priority again; the error message when that failed. */
  restore(pid: number): string | undefined;
}

/** What the kernel says about this process, as read from /proc/self (Linux). */
export interface PriorityFacts {
  /** Text of /proc/self/status, or undefined off Linux. */
  status: string | undefined;
  /** Text of /proc/self/limits, or undefined off Linux. */
  limits: string | undefined;
  /** Text of /proc/self/uid_map, or undefined off Linux. */
  uidMap: string | undefined;
  /** This process's own nice value. */
  nice: number;
}

/** The initial user namespace maps every id to itself; a container's (rootless, remapped) does not. */
const INITIAL_USER_NAMESPACE = /^\s*0\s+0\s+4294967295\s*$/;

/** Whether a process with these facts may set a child's nice value back to its own after raising it. */
export function canRestorePriority(facts: PriorityFacts): boolean {
  // The kernel checks CAP_SYS_NICE against the initial user namespace: root inside a user namespace
  // has it in CapEff and still gets EPERM.
  const capabilities = facts.status?.match(/^CapEff:\s*([0-9a-f]+)$/im)?.[1];
  const initialNamespace = facts.uidMap !== undefined && INITIAL_USER_NAMESPACE.test(facts.uidMap);
  if (initialNamespace && capabilities !== undefined && (BigInt(`0x${capabilities}`) >> CAP_SYS_NICE) & 1n) return true;
  // RLIMIT_NICE r lets a process lower its nice value down to 20 - r (setrlimit(2)).
  const limit = facts.limits?.match(/^Max nice priority\s+(\S+)/m)?.[1];
  if (limit === undefined) return false;
  if (limit === 'unlimited') return true;
  const value = Number(limit);
  return Number.isInteger(value) && 20 - value <= facts.nice;
}

function readProc(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    // Not Linux (or /proc not mounted): no way to tell, so the priority is left alone.
    return undefined;
  }
}

/** The process's threads (Linux), or the process alone when they cannot be listed. */
function threadsOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).map(Number);
  } catch {
    // Gone, or no /proc: setting the process itself is all that can be done.
    return [pid];
  }
}

/** The main thread first: a thread it starts while the others are set inherits its new value. */
function setThreadsPriority(pid: number, nice: number): void {
  setPriority(pid, nice);
  for (const thread of threadsOf(pid)) {
    if (thread === pid) continue;
    try {
      setPriority(thread, nice);
    } catch (error) {
      // A thread that ended since it was listed needs nothing.
      const code = (error as { info?: { code?: string } }).info?.code;
      if (code !== 'ESRCH') throw error;
    }
  }
}

/** The nice value a loading process runs at, for a primary at `base`. */
export function loadingNice(base: number): number {
  return Math.min(LOWEST_NICE, base + LOADING_NICE_OFFSET);
}

export function processPriority(): ProcessPriority {
  const base = getPriority();
  let allowed = canRestorePriority({
    status: readProc('/proc/self/status'),
    limits: readProc('/proc/self/limits'),
    uidMap: readProc('/proc/self/uid_map'),
    nice: base,
  });
  const restore = (pid: number): string | undefined => {
    try {
      setThreadsPriority(pid, base);
      return undefined;
    } catch (error) {
      // The facts misled (a sandbox refusing what /proc allows): lower no other worker.
      allowed = false;
      return error instanceof Error ? error.message : String(error);
    }
  };
  return {
    lower(pid) {
      if (!allowed) return false;
      try {
        setThreadsPriority(pid, loadingNice(base));
        return true;
      } catch {
        // Refused part-way: whatever was lowered goes back, and the worker loads at normal priority.
        restore(pid);
        allowed = false;
        return false;
      }
    },
    restore,
  };
}

export interface LoadingPriority {
  /** The process serves: its priority comes back now. */
  restore(): void;
  /** The process is gone: nothing to give back. */
  forget(): void;
}

/** Lowers `pid` until `restore`, or for `graceMs` at most; a failure to give it back is logged. */
export function lowerWhileLoading(priority: ProcessPriority, pid: number | undefined, graceMs: number, logError: (line: string) => void): LoadingPriority {
  let lowered = pid !== undefined && priority.lower(pid);
  const restore = () => {
    clearTimeout(grace);
    if (!lowered || pid === undefined) return;
    lowered = false;
    const failed = priority.restore(pid);
    if (failed !== undefined) logError(`Priorité du nouveau processus non rétablie (${failed}) : il sert, un peu moins vite.`);
  };
  // Unreferenced: a stopping primary does not wait for it.
  const grace = setTimeout(restore, graceMs).unref();
  return {
    restore,
    forget() {
      clearTimeout(grace);
      lowered = false;
    },
  };
}
