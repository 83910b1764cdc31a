// Runs pdf-parse off the main thread: parsing is synchronous CPU work that would block the event loop
// and could not be interrupted by a timer. Plain .mjs so it loads the same under tsx, vitest and node.
import { parentPort, workerData } from 'node:worker_threads';
import { PDFParse, VerbosityLevel } from 'pdf-parse';

const MAX_WARNINGS_KEPT = 20;
const warnings = [];
let warningCount = 0;
// pdf.js reports recoverable damage only through console.warn("Warning: …"): count it instead of printing.
console.warn = (...args) => {
  const message = args.map(String).join(' ');
  warningCount += 1;
  if (warnings.length < MAX_WARNINGS_KEPT) warnings.push(message);
};
console.log = console.warn;

function yearOf(date) {
  return date instanceof Date && !Number.isNaN(date.getTime()) ? date.getUTCFullYear() : null;
}

async function extract(data) {
  const parser = new PDFParse({ data, verbosity: VerbosityLevel.WARNINGS });
  try {
    const text = await parser.getText();
    const info = await parser.getInfo();
    const title = typeof info.info?.Title === 'string' ? info.info.Title : null;
    return {
      type: 'result',
      pages: text.pages.map((page) => ({ num: page.num, text: page.text })),
      total: text.total,
      info: { title, creationYear: yearOf(info.getDateNode().CreationDate) },
      warnings,
      warningCount,
    };
  } finally {
    await parser.destroy();
  }
}

extract(new Uint8Array(workerData.data)).then(
  (result) => parentPort.postMessage(result),
  (error) =>
    parentPort.postMessage({
      type: 'error',
      name: error?.name ?? 'Error',
      message: String(error?.message ?? error),
    }),
);
