// The sector thesaurus: groups of words and expressions that mean the same thing to the archive's
// readers (« ESAT, établissement et service d’aide par le travail »). Written in the synonym format of
// Solr and Elasticsearch, which operators may already know: one group per line, members separated by
// commas; `a, b => c` widens a and b to c but not the reverse; `#` starts a comment.

export interface ThesaurusGroup {
  /** What a query may contain. */
  from: string[];
  /** What it is widened to (the same members as `from` for a two-way group). */
  to: string[];
  /** 1-based line in the file, for messages. */
  line: number;
}

export interface ThesaurusProblem {
  line: number;
  /** In French, for the operator. */
  message: string;
}

export interface ParsedThesaurus {
  groups: ThesaurusGroup[];
  problems: ThesaurusProblem[];
}

export function parseThesaurus(text: string): ParsedThesaurus {
  const groups: ThesaurusGroup[] = [];
  const problems: ThesaurusProblem[] = [];
  text.split(/\r?\n/u).forEach((raw, index) => {
    const line = index + 1;
    const content = raw.replace(/#.*$/u, '').trim();
    if (content === '') return;
    const sides = content.split('=>');
    if (sides.length > 2) {
      problems.push({ line, message: `ligne ${line} : « => » ne peut apparaître qu’une fois` });
      return;
    }
    const from = members(sides[0]!);
    const to = sides.length === 2 ? members(sides[1]!) : from;
    if (from.length === 0 || to.length === 0 || (sides.length === 1 && from.length < 2)) {
      problems.push({ line, message: `ligne ${line} : il faut au moins deux termes séparés par des virgules (« ESAT, établissement et service d’aide par le travail »)` });
      return;
    }
    groups.push({ from, to, line });
  });
  return { groups, problems };
}

function members(side: string): string[] {
  return [...new Set(side.split(',').map((member) => member.replace(/\s+/gu, ' ').trim()).filter(Boolean))];
}
