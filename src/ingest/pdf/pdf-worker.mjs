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

/**
 * When the text of the whole document cannot be read (a damaged page object aborts pdf.js), the
 * pages are read one by one and the readable ones kept; the original error stands when the document
 * does not even open (a truncated file has no page tree) or no page can be read.
 */
async function readPageByPage(parser, wholeError) {
  let total;
  try {
    total = (await parser.getInfo()).total;
  } catch {
    // The document does not open at all: the whole-document error is the one to report.
    throw wholeError;
  }
  const pages = [];
  const unreadablePages = [];
  for (let num = 1; num <= total; num += 1) {
    try {
      const result = await parser.getText({ partial: [num] });
      pages.push({ num, text: result.pages[0]?.text ?? '' });
    } catch (error) {
      unreadablePages.push(num);
      console.warn(`Warning: page ${num}: ${error?.message ?? error}`);
    }
  }
  if (pages.length === 0) throw wholeError;
  return { pages, total, unreadablePages };
}

async function extract(data) {
  const parser = new PDFParse({ data, verbosity: VerbosityLevel.WARNINGS, stopAtErrors: false });
  try {
    let read;
    try {
      const text = await parser.getText();
      read = { pages: text.pages.map((page) => ({ num: page.num, text: page.text })), total: text.total, unreadablePages: [] };
    } catch (error) {
      if (error?.name === 'PasswordException') throw error;
      read = await readPageByPage(parser, error);
    }
    const info = await parser.getInfo();
    const title = typeof info.info?.Title === 'string' ? info.info.Title : null;
    return {
      type: 'result',
      ...read,
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
