/** Past this, a shutdown still waiting on workers or connections is forced (exit 1). */
export const SHUTDOWN_GRACE_MS = 10_000;

/**
 * Runs `close` once, on the first SIGTERM/SIGINT or `trigger()` call, then exits 0 (1 if it fails
 * or outlasts the grace period). Later signals are ignored rather than forcing the exit: Ctrl-C
 * reaches both npm and the server, and npm relays it, so every process sees it twice.
 */
export function onShutdown(close: () => Promise<void>, announce?: (signal: string) => void): { trigger: (why: string) => void } {
  let closing = false;
  const trigger = (why: string) => {
    if (closing) return;
    closing = true;
    announce?.(why);
    setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
    close().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGTERM', () => trigger('SIGTERM'));
  process.on('SIGINT', () => trigger('SIGINT'));
  return { trigger };
}
