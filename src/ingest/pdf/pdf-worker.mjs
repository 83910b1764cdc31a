// Runs pdf.js off the main thread: parsing is synchronous CPU work that would block the event loop
// and could not be interrupted by a timer. Plain .mjs so it loads the same under tsx, vitest and node.
// It only reads (text items with their fonts and positions, bookmarks, tagged headings, metadata); every layout decision
// is made by the pure stages in ./layout/, on the main thread.
import { parentPort } from 'node:worker_threads';

// pdf-parse loads pdf.js's legacy build, whose core-js polyfills replace Array.prototype.push with a
// JavaScript function on V8 ≤ 121 (Node 20), for an edge case (arrays with a read-only length) pdf.js
// never meets. push is pdf.js's hottest call: the native one is put back once pdf.js is loaded
// (measured: about a fifth of the reading time). Nothing else runs in this thread.
const nativePush = Array.prototype.push;
const { PDFParse, VerbosityLevel } = await import('pdf-parse');
if (Array.prototype.push !== nativePush) {
  Object.defineProperty(Array.prototype, 'push', { value: nativePush, writable: true, configurable: true, enumerable: false });
}

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

const round = (value) => Math.round(value * 100) / 100;

/**
 * One page's text items, each with its real font name (where « Bold », « Black », « Italic » show).
 * pdf.js only hands fonts over with a page's operator list, which costs as much as its text: it is
 * asked for only on a page that uses a font not met before (font ids are the same for the whole file).
 */
async function readPage(doc, num, fontNames, tagged) {
  const page = await doc.getPage(num);
  try {
    // With the marked-content markers the text items are the same (checked on Chromium and Writer files);
    // the markers tie them to the structure tree of a tagged PDF.
    const content = await page.getTextContent({ includeMarkedContent: tagged });
    const unseen = [...new Set(content.items.map((item) => item.fontName))].filter((id) => id && !fontNames.has(id));
    if (unseen.length > 0) {
      await page.getOperatorList();
      for (const id of unseen) {
        let name = id;
        try {
          name = page.commonObjs.get(id)?.name ?? id;
        } catch (error) {
          // A font pdf.js could not load keeps its internal id: the text is still read, only weight is lost.
          console.warn(`Warning: police ${id} : ${error?.message ?? error}`);
        }
        fontNames.set(id, name);
      }
    }
    const items = [];
    for (const item of content.items) {
      if (typeof item.str !== 'string' || item.str.trim() === '') continue;
      const [, , c, d, x, y] = item.transform;
      items.push({ str: item.str, x: round(x), y: round(y), size: round(Math.hypot(c, d)), width: round(item.width), font: fontNames.get(item.fontName) ?? item.fontName });
    }
    const [, , width, height] = page.view;
    const headings = tagged ? taggedHeadings(await structTreeOf(page), content.items, num) : [];
    return { page: { num, width, height, items }, headings };
  } finally {
    page.cleanup();
  }
}

/** A page's structure tree; a damaged one costs its headings only, never the page's text. */
async function structTreeOf(page) {
  try {
    return await page.getStructTree();
  } catch (error) {
    console.warn(`Warning: structure de la page ${page.pageNumber} : ${error?.message ?? error}`);
    return null;
  }
}

/** Standard structure types of a heading (ISO 32000-1, 14.8.4.3.2): H1–H6, or H nested in sections. */
const HEADING_ROLE = /^H([1-6])?$/;
/** Structure elements set apart from the flow of sections: a table's cells, a sidebar, a note, a figure. */
const BOX_ROLES = new Set(['TD', 'TH', 'Aside', 'Note', 'Figure', 'Caption']);
/** What a caption is set over. */
const CAPTIONED_ROLES = new Set(['Table', 'Figure']);

/**
 * The headings a tagged PDF marks on a page (Word, LibreOffice and Chromium tag the heading styles),
 * in the shape of bookmarks: the text of their marked content, their level, and the height of their
 * first line; with what the tree says around them (set in a box with other text, set right over a
 * table). pdf.js gives roles through the document's role map (an InDesign style named « Titre 1 »
 * mapped to H1 reads as H1).
 */
function taggedHeadings(tree, items, num) {
  if (!tree) return [];
  const runs = new Map();
  const open = [];
  for (const item of items) {
    if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') open.push(item.id ?? null);
    else if (item.type === 'endMarkedContent') open.pop();
    else if (typeof item.str === 'string') {
      const id = open.findLast((mcid) => mcid !== null);
      if (id === undefined) continue;
      const run = runs.get(id) ?? { text: '', top: null };
      run.text += item.str;
      run.top ??= round(item.transform[5] + Math.hypot(item.transform[2], item.transform[3]));
      runs.set(id, run);
    }
  }
  const runsOf = (node, out = []) => {
    if (node.type === 'content') out.push(runs.get(node.id) ?? { text: '', top: null });
    for (const child of node.children ?? []) runsOf(child, out);
    return out;
  };
  const textOf = (node) => runsOf(node).map((run) => run.text).join(' ').replace(/\s+/g, ' ').trim();
  const out = [];
  const visit = (node, ancestors, sections) => {
    const match = HEADING_ROLE.exec(node.role ?? '');
    if (match) {
      const parts = runsOf(node);
      const title = textOf(node);
      if (title === '') return;
      const box = ancestors.findLast((ancestor) => BOX_ROLES.has(ancestor.role));
      const parent = ancestors.at(-1);
      const siblings = (parent?.children ?? []).filter((child) => child.role !== undefined || (child.type === 'content' && runs.get(child.id)?.text.trim()));
      const next = siblings[siblings.indexOf(node) + 1];
      out.push({
        title,
        level: match[1] ? Number(match[1]) : Math.max(1, sections),
        page: num,
        top: parts.find((part) => part.top !== null)?.top ?? null,
        inBox: box !== undefined && textOf(box).length > title.length,
        overTable: CAPTIONED_ROLES.has(next?.role),
      });
      return;
    }
    for (const child of node.children ?? []) visit(child, [...ancestors, node], sections + (node.role === 'Sect' ? 1 : 0));
  };
  visit(tree, [], 0);
  return out;
}

/** Bookmarks flattened in document order, with their depth and the page (and height) they point to. */
async function readOutline(doc, nodes, depth = 1, out = []) {
  for (const node of nodes ?? []) {
    let page = null;
    let top = null;
    try {
      const dest = typeof node.dest === 'string' ? await doc.getDestination(node.dest) : node.dest;
      if (Array.isArray(dest) && dest[0]) {
        page = typeof dest[0] === 'number' ? dest[0] + 1 : (await doc.getPageIndex(dest[0])) + 1;
        if (dest[1]?.name === 'XYZ' && typeof dest[3] === 'number') top = dest[3];
      }
    } catch (error) {
      // A bookmark to nowhere is kept without a page: the text check then decides where it goes.
      console.warn(`Warning: signet « ${node.title} » : ${error?.message ?? error}`);
    }
    out.push({ title: String(node.title ?? ''), level: depth, page, top });
    await readOutline(doc, node.items, depth + 1, out);
  }
  return out;
}

async function extract(data) {
  // pdf-parse opens the file (its typed errors for empty, invalid and encrypted files) and reads the
  // metadata; its pdf.js document (`load()` returns the one already opened) gives the text items.
  const parser = new PDFParse({ data, verbosity: VerbosityLevel.WARNINGS, stopAtErrors: false });
  try {
    const info = await parser.getInfo();
    const doc = await parser.load();
    const pages = [];
    const unreadablePages = [];
    const fontNames = new Map();
    const tagged = (await doc.getMarkInfo().catch((error) => console.warn(`Warning: MarkInfo : ${error?.message ?? error}`)))?.Marked === true;
    const headingTags = [];
    for (let num = 1; num <= info.total; num += 1) {
      try {
        const { page, headings } = await readPage(doc, num, fontNames, tagged);
        pages.push(page);
        headingTags.push(...headings);
      } catch (error) {
        unreadablePages.push(num);
        console.warn(`Warning: page ${num}: ${error?.message ?? error}`);
      }
    }
    if (pages.length === 0 && info.total > 0) throw new Error('aucune page lisible');
    const bookmarks = await readOutline(doc, info.outline);
    const title = typeof info.info?.Title === 'string' ? info.info.Title : null;
    return {
      type: 'result',
      pages,
      total: info.total,
      unreadablePages,
      bookmarks,
      headingTags,
      info: { title, creationYear: yearOf(info.getDateNode().CreationDate) },
      warnings,
      warningCount,
    };
  } finally {
    await parser.destroy();
  }
}

// One file at a time; the worker is kept for the next file so pdf.js stays compiled (a cold pdf.js
// takes several times longer on its first pages than a warm one).
parentPort.on('message', ({ data }) => {
  warnings.length = 0;
  warningCount = 0;
  extract(new Uint8Array(data)).then(
    (result) => parentPort.postMessage(result),
    (error) =>
      parentPort.postMessage({
        type: 'error',
        name: error?.name ?? 'Error',
        message: String(error?.message ?? error),
      }),
  );
});
