// Preloaded into a measured child (`node --import <this file>`): on exit, writes the child's own
// resource usage to $BENCH_USAGE_FILE. The child's code stays untouched, and unlike `/usr/bin/time -v`
// this works on every machine that runs Node.
import { writeFileSync } from 'node:fs';

const target = process.env.BENCH_USAGE_FILE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ maxRssKb: usage.maxRSS, userCpuUs: usage.userCPUTime }));
  });
}
