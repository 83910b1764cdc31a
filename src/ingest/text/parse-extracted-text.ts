// Raw text extracted from a report (a .txt export or the pages of a PDF) → title and outline.
// Pipeline: layout lines → page furniture removed → drop caps re-attached → blocks → headings →
// box titles and displaced titles put back in place → sections → reflowed paragraphs.
import type { OutlineEntry } from '../../types';
import type { Checkpoint } from '../time-limit';
import { reattachDropCaps } from '../repair/drop-caps';
import { hasWrapSignals, inferLineEnds } from '../repair/line-ends';
import { joinContinuations, joinLine, reflowLines } from '../repair/reflow';
import { dropRunningHeaders } from '../repair/running-headers';
import { ligatureRepair } from '../repair/ligatures';
import { withComposedAccents } from '../repair/spacing-accents';
import { buildVocabulary, revisedVocabulary } from '../repair/vocabulary';
import { assembleSections, attachBoxes } from './assemble-sections';
import { chapterDepths, chapterTitles } from './chapters';
import { resumeCutSentences } from './cut-sentences';
import { splitBlocks } from './blocks';
import { detectHeadings } from './detect-headings';
import { separateInterleavedColumns } from './interleaved-columns';
import { returnResumedColumns, splitGluedTitles } from './glued-titles';
import { labelPlaces } from './place-labels';
import { dropRepeatedLines, mergeStrayLabels } from './tidy-sections';
import { relocateDisplacedTitles, restoreInterruptedSentences } from './layout-order';
import { blankLike, toSourceLines, type SourceLine } from './source-lines';

export interface ExtractedTextResult {
  /** Document title when the text shows one (the 2024 file starts with « Rétrospective 2024 »), else null. */
  title: string | null;
  outline: OutlineEntry[]; // in reading order; OutlineEntry = { title, level, page, text }
}

const MAX_DOCUMENT_TITLE = 80;

/** The first line is the document's title when it stands alone and reads as a title. */
function takeDocumentTitle(lines: SourceLine[]): { title: string | null; lines: SourceLine[] } {
  const index = lines.findIndex((line) => line.text !== '');
  const first = lines[index];
  const next = lines[index + 1];
  const standsAlone = next === undefined || next.text === '' || next.page !== first?.page;
  if (!first || !standsAlone || first.text.length > MAX_DOCUMENT_TITLE || /[.,;:!?]$/.test(first.text) || !/^\p{Lu}/u.test(first.text)) {
    return { title: null, lines };
  }
  const rest = lines.slice();
  rest[index] = blankLike(first);
  return { title: first.text, lines: rest };
}

/**
 * `extracted[i]` is the text of page i+1 (a .txt file is one page → page numbers null for .txt).
 * `checkpoint` is called between stages, so a time limit can stop a parse that runs too long.
 */
export function parseExtractedText(extracted: string[], options?: { pageNumbers?: boolean; checkpoint?: Checkpoint }): ExtractedTextResult {
  const checkpoint = options?.checkpoint ?? (() => {});
  const restore = ligatureRepair(extracted);
  const pages = withComposedAccents(extracted).map(restore);
  const layoutSignals = hasWrapSignals(pages);
  const cleaned = dropRunningHeaders(toSourceLines(pages), pages.length);
  checkpoint();
  const raw = layoutSignals ? cleaned : inferLineEnds(cleaned);
  const rawTexts = raw.map((line) => line.text);
  const rawVocabulary = buildVocabulary(rawTexts);
  const repaired = reattachDropCaps(raw, rawVocabulary);
  checkpoint();
  const vocabulary = revisedVocabulary(rawVocabulary, rawTexts, repaired.map((line) => line.text));
  const { title, lines } = takeDocumentTitle(repaired);
  checkpoint();

  const { blocks, gluedTitles } = layoutSignals ? splitGluedTitles(splitBlocks(lines)) : { blocks: splitBlocks(lines), gluedTitles: new Set<string>() };
  const detected = detectHeadings(blocks);
  checkpoint();
  const { items, boxBodies } = attachBoxes(detected);
  // Displaced titles are recognised from the text frames of a layout-preserving export only.
  const ordered = restoreInterruptedSentences(layoutSignals ? relocateDisplacedTitles(items) : items);
  const assembled = assembleSections(ordered, boxBodies, title ?? 'Introduction', chapterTitles(ordered));
  checkpoint();
  const { sections: drafts, places } = labelPlaces(layoutSignals ? returnResumedColumns(separateInterleavedColumns(assembled), gluedTitles) : assembled);
  checkpoint();

  const paragraphed = drafts.map((draft) => {
    checkpoint();
    return { ...draft, paragraphs: joinContinuations(draft.blocks.flatMap((block) => reflowLines(block, vocabulary)), vocabulary) };
  });
  const placed = paragraphed.map((draft, index) => ({ ...draft, place: places[index] ?? null }));
  const resumed = layoutSignals ? resumeCutSentences(placed, (start, end) => joinLine(start, end, vocabulary)) : placed;
  // Titles whose text sits elsewhere in the layout (empty timeline entries) are dropped: they add nothing
  // to search. A chapter title stays, to name its sections in their breadcrumb.
  const depths = chapterDepths(resumed);
  const leveled = resumed.map((draft, index) => ({ ...draft, depth: depths[index] ?? 0 }));
  const tidied = mergeStrayLabels(leveled.map(dropRepeatedLines).filter((draft) => draft.paragraphs.length > 0 || draft.chapter));
  checkpoint();

  const outline: OutlineEntry[] = [];
  let openPlace: string | null = null;
  for (const draft of tidied) {
    const text = draft.paragraphs.join('\n\n');
    const page = options?.pageNumbers ? draft.page : null;
    const level = draft.depth + 1;
    const { place } = draft;
    // A place names its items in their breadcrumb: an entry without text of its own, above them.
    if (place !== null && place !== openPlace) outline.push({ title: place, level, page, text: '' });
    openPlace = place;
    outline.push({ title: draft.title, level: place === null ? level : level + 1, page, text });
  }
  // Again once lines are joined: a line-end hyphen may have cut a garbled word (« diþ- / cultés »).
  return { title, outline: outline.map((entry) => ({ ...entry, title: restore(entry.title), text: restore(entry.text) })) };
}
