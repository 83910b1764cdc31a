// How an index is laid out in its file: a first line naming the format and the byte length of each part
// that follows, then the parts. The index is JSON, but for what a server need not parse at all:
// - the sections' texts (half of an index: 16 MB at 100× the corpus), kept as UTF-8 bytes outside the
//   heap, a section's text decoded when it is read — for the few sections a page shows;
// - the engine's packed postings (postings.ts), bytes as they are used;
// - the phrase codes (phrase-index.ts), JSON of ASCII only, parsed apart so that the accents of the
//   main part do not make V8 decode and parse them as two-byte text.
// As one JSON document, every process decoded and parsed all of it before its first answer (0.9 s of
// the 100× index's load on these machines).
import type { Section } from '../types';
import type { EngineSnapshot } from './engine';
import type { IndexData } from './index-data';
import { packedBytes, type PackedPostings } from './postings';

/** What the first line starts with; the part lengths follow as JSON. */
const FORMAT_PREFIX = 'archive-rapports index ';
const FORMAT_PREFIX_BYTES = Buffer.from(FORMAT_PREFIX, 'utf8');
/** Parts in the order they follow the first line. */
export const PARTS = ['main', 'phrases', 'postings', 'texts'] as const;
export type Part = (typeof PARTS)[number];
export type PartLengths = Record<Part, number>;
/** Longest first line a reader looks for. */
export const MAX_FORMAT_LINE = 256;

/** The JSON of the main part: IndexData without what the other parts hold. */
interface MainPart extends Omit<IndexData, 'sections' | 'phrases' | 'engine'> {
  sections: Omit<Section, 'text'>[];
  /** Byte offset of each section's text in the texts part, then the end of the last one. */
  textOffsets: number[];
  engine: Omit<EngineSnapshot, 'postings'> & { postings: Omit<PackedPostings, 'bytes'> };
}

export function encodeIndex(data: IndexData): Buffer {
  const texts = data.sections.map((section) => Buffer.from(section.text, 'utf8'));
  const textOffsets = [0];
  for (const text of texts) textOffsets.push(textOffsets.at(-1)! + text.length);
  const { sections, phrases: _phrases, engine, ...rest } = data;
  const { bytes: _bytes, ...postings } = engine.postings;
  const main: MainPart = {
    ...rest,
    sections: sections.map(({ text: _text, ...section }) => section),
    textOffsets,
    engine: { ...engine, postings },
  };
  const parts: Record<Part, Buffer> = {
    main: Buffer.from(JSON.stringify(main), 'utf8'),
    phrases: Buffer.from(JSON.stringify(data.phrases), 'utf8'),
    postings: Buffer.from(packedBytes(data.engine.postings)),
    texts: Buffer.concat(texts),
  };
  const lengths = Object.fromEntries(PARTS.map((part) => [part, parts[part].length])) as PartLengths;
  return Buffer.concat([Buffer.from(`${FORMAT_PREFIX}${JSON.stringify(lengths)}\n`, 'utf8'), ...PARTS.map((part) => parts[part])]);
}

/** A problem found while taking a container apart, in French, for the file's error message. */
export class ContainerError extends Error {}

/**
 * The part lengths named by a file's first bytes; null when the file is not laid out this way (it is
 * then read as JSON: a manifest, or a whole index written as one document).
 */
export function readFormatLine(head: Buffer): { lineBytes: number; lengths: PartLengths } | null {
  if (head.length < FORMAT_PREFIX_BYTES.length || !head.subarray(0, FORMAT_PREFIX_BYTES.length).equals(FORMAT_PREFIX_BYTES)) return null;
  const end = head.indexOf(0x0a);
  if (end < 0) throw new ContainerError('première ligne tronquée');
  let lengths: unknown;
  try {
    lengths = JSON.parse(head.toString('utf8', FORMAT_PREFIX_BYTES.length, end));
  } catch {
    throw new ContainerError('première ligne illisible');
  }
  const record = lengths as Record<string, unknown>;
  if (typeof lengths !== 'object' || lengths === null || !PARTS.every((part) => Number.isSafeInteger(record[part]) && (record[part] as number) >= 0)) {
    throw new ContainerError('longueurs des parties illisibles');
  }
  return { lineBytes: end + 1, lengths: lengths as PartLengths };
}

/** What is wrong with a file of `size` bytes for the parts its first line names, if anything. */
export function sizeProblem(format: { lineBytes: number; lengths: PartLengths }, size: number): string | undefined {
  const total = PARTS.reduce((sum, part) => sum + format.lengths[part], format.lineBytes);
  if (size < total) return `fichier tronqué : ${size} octets au lieu de ${total}`;
  if (size > total) return `fichier plus long que ses parties : ${size} octets au lieu de ${total}`;
  return undefined;
}

/** The parts of a whole file held in memory (a test, the bench): slices, not copies. */
export function splitParts(bytes: Buffer): Record<Part, Buffer> | null {
  const format = readFormatLine(bytes.subarray(0, MAX_FORMAT_LINE));
  if (format === null) return null;
  const problem = sizeProblem(format, bytes.length);
  if (problem !== undefined) throw new ContainerError(problem);
  let at = format.lineBytes;
  const parts = {} as Record<Part, Buffer>;
  for (const part of PARTS) {
    parts[part] = bytes.subarray(at, at + format.lengths[part]);
    at += format.lengths[part];
  }
  return parts;
}

/**
 * The index the parts hold, its sections given their texts back (decoded when read). Shapes are the
 * caller's to check, but for what only this layout knows: where the texts are.
 */
export function joinParts(parts: Record<Part, Buffer>): unknown {
  const main = JSON.parse(parts.main.toString('utf8')) as unknown;
  if (typeof main !== 'object' || main === null || Array.isArray(main)) return main;
  const { textOffsets, sections, engine } = main as Partial<MainPart>;
  const texts = parts.texts;
  if (
    !Array.isArray(textOffsets) || !Array.isArray(sections) || textOffsets.length !== sections.length + 1 ||
    !textOffsets.every((offset, i) => Number.isInteger(offset) && offset >= (i === 0 ? 0 : textOffsets[i - 1]!)) || textOffsets.at(-1) !== texts.length
  ) {
    throw new ContainerError('textes des sections absents ou de longueurs incohérentes');
  }
  const readText = lazyText(texts, textOffsets);
  sections.forEach((section: unknown, index) => {
    if (typeof section !== 'object' || section === null) return;
    Object.defineProperty(section, TEXT_INDEX, { value: index });
    Object.defineProperty(section, 'text', { get: readText, enumerable: true, configurable: true });
  });
  delete (main as Partial<MainPart>).textOffsets;
  if (typeof engine?.postings === 'object' && engine.postings !== null) {
    (engine.postings as Partial<PackedPostings>).bytes = parts.postings;
  }
  (main as Partial<IndexData>).phrases = JSON.parse(parts.phrases.toString('utf8')) as IndexData['phrases'];
  return main;
}

const TEXT_INDEX = Symbol('text index');

/**
 * One getter for every section of a file (each section carries its index, hidden): sections keep the
 * same shape, and `text` is an own enumerable property, so spreads, JSON and templates see it as before.
 */
function lazyText(texts: Buffer, offsets: readonly number[]): (this: { [TEXT_INDEX]: number }) => string {
  return function text(this: { [TEXT_INDEX]: number }) {
    const index = this[TEXT_INDEX];
    return texts.toString('utf8', offsets[index], offsets[index + 1]);
  };
}
