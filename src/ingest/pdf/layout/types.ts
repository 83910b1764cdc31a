// What the PDF worker reads and what the layout stages pass along. PDF coordinates: points, origin at
// the bottom left of the page (y grows upwards).

/** One text run as pdf.js gives it (`getTextContent`), with the font's real name. */
export interface TextItem {
  str: string;
  /** Start of the baseline. */
  x: number;
  y: number;
  /** Font size in points (the length of the text matrix's vertical vector). */
  size: number;
  width: number;
  /** e.g. `CAAAAA+DejaVuSerif-Bold`: weight and slant show in the name. */
  font: string;
}

export interface PageItems {
  num: number;
  width: number;
  height: number;
  items: TextItem[];
}

/** A bookmark of the document, flattened: depth 1 is the top level. */
export interface Bookmark {
  title: string;
  level: number;
  /** 1-based page it points to, null when its destination does not resolve. */
  page: number | null;
  /** Height on that page it points to (PDF y), when the destination gives one. */
  top: number | null;
}

/** A heading a tagged PDF marks (H1–H6), with what its structure tree says around it. */
export interface HeadingTag extends Bookmark {
  /** Set in a table's cell, a sidebar, a note or a figure that holds other text: a box's title. */
  inBox: boolean;
  /** Followed right away by a table or a figure. */
  overTable: boolean;
}

/** A run of text on one baseline with no wide gap inside (columns are separate lines). */
export interface Line {
  page: number;
  /** Index of the block (column or band) of the page the line belongs to, in reading order. */
  block: number;
  text: string;
  x: number;
  xEnd: number;
  /** Baseline. */
  y: number;
  /** Size of the characters that carry most of the line (a drop cap does not count). */
  size: number;
  bold: boolean;
  /** Font of the characters that carry most of the line. */
  font: string;
  /** Its words stand apart as a table row's cells do (« Dépenses   Montant   Recettes »). */
  cells: boolean;
  /** The footnote calls left out of its text (« 2 » of « lancement² »), to find their notes. */
  calls?: string[];
  /** Where its first cell ends and the next one starts, when a gap of a cell's width parts them. */
  firstCell?: { end: number; nextStart: number };
}
