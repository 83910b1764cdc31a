// Pure generator of a large synthetic corpus from the real reports: N variants of every real file,
// with its sections shuffled, resized, re-dated (1990–2030), retitled and assigned to one of several
// organisations. The text stays real French prose, so the analyser and the index see realistic data.
import { seededRandom, type Random } from './random';

export interface SourceDocument {
  /** File name in the corpus folder, e.g. `rapport-annuel-2020.md`. */
  fileName: string;
  content: string;
}

export interface SyntheticFile {
  fileName: string;
  content: string;
  title: string;
  year: number;
  organisation: string;
  /** The real file it was made from. */
  source: string;
}

export interface SyntheticOptions {
  /** How many variants of each real file. */
  factor: number;
  seed: number;
}

export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2030;

const ORGANISATIONS = [
  'Nexem',
  'Nexem Auvergne-Rhône-Alpes',
  'Nexem Occitanie',
  'Nexem Hauts-de-France',
  'Fédération exemple du médico-social',
];

const TITLE_KINDS = ['Rapport annuel', 'Rapport d’activité', 'Rétrospective', 'Bilan de l’année'];

const MARKDOWN_HEADING = /^#{1,6}\s/;
/** Years written in the real files: replaced so that text, title and year filter agree. */
const SOURCE_YEAR = /\b(20[12]\d)\b/g;

export function makeSyntheticCorpus(sources: readonly SourceDocument[], options: SyntheticOptions): SyntheticFile[] {
  if (!Number.isInteger(options.factor) || options.factor < 1) {
    throw new RangeError(`factor must be a positive whole number, got ${options.factor}`);
  }
  const random = seededRandom(options.seed);
  const files: SyntheticFile[] = [];
  for (let variant = 1; variant <= options.factor; variant++) {
    for (const source of sources) files.push(makeVariant(source, variant, random));
  }
  return files;
}

function makeVariant(source: SourceDocument, variant: number, random: Random): SyntheticFile {
  const isMarkdown = /\.md$/i.test(source.fileName);
  const year = random.int(FIRST_YEAR, LAST_YEAR);
  const organisation = random.pick(ORGANISATIONS);
  const title = `${random.pick(TITLE_KINDS)} ${year}`;
  const { blocks } = isMarkdown ? splitMarkdown(source.content) : splitText(source.content);
  const shift = year - (sourceYear(source.fileName) ?? year);
  const body = resize(random.shuffle(blocks), random).map((block) => redate(block, shift));
  const content = isMarkdown
    ? [`# ${title}`, ...body].join('\n\n') + '\n'
    : [title, ...body].join('\n\n') + '\n';
  const slug = slugify(`${title} ${organisation}`);
  const extension = isMarkdown ? 'md' : 'txt';
  return {
    fileName: `${slug}-${String(variant).padStart(4, '0')}.${extension}`,
    content,
    title,
    year,
    organisation,
    source: source.fileName,
  };
}

/** Blocks of a Markdown report: each heading with the text under it; the first H1 (the title) is dropped. */
export function splitMarkdown(content: string): { title: string | null; blocks: string[] } {
  const blocks: string[] = [];
  let title: string | null = null;
  let current: string[] = [];
  const flush = (): void => {
    const block = current.join('\n').trim();
    if (block) blocks.push(block);
    current = [];
  };
  for (const line of content.split(/\r?\n/)) {
    if (title === null && /^#\s/.test(line)) {
      flush();
      title = line.replace(/^#\s+/, '').trim();
      continue;
    }
    if (MARKDOWN_HEADING.test(line)) flush();
    current.push(line);
  }
  flush();
  return { title, blocks };
}

/** Blocks of a plain-text report: paragraphs (blank-line separated); the first one is its title. */
export function splitText(content: string): { title: string | null; blocks: string[] } {
  const paragraphs = content
    .split(/\r?\n[ \t\u00a0]*\r?\n/)
    .map((p) => p.replace(/^\n+|\s+$/g, ''))
    .filter((p) => p.trim() !== '');
  const [first, ...rest] = paragraphs;
  return { title: first?.trim() ?? null, blocks: rest };
}

/** Real reports vary in length: keep between 60 % and 140 % of the blocks (repeating some when growing). */
function resize(blocks: readonly string[], random: Random): string[] {
  if (blocks.length === 0) return [];
  const target = Math.max(1, Math.round(blocks.length * (0.6 + random.next() * 0.8)));
  const out: string[] = [];
  for (let i = 0; i < target; i++) out.push(blocks[i % blocks.length] as string);
  return out;
}

/** Moves every recent year of a block by the same amount, so « 2021 » in the 2020 report stays « next year ». */
function redate(block: string, shift: number): string {
  return block.replace(SOURCE_YEAR, (match) => String(Number(match) + shift));
}

function sourceYear(fileName: string): number | null {
  const match = /(19|20)\d\d/.exec(fileName);
  return match ? Number(match[0]) : null;
}

function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
