// People ask questions (« Où en est la convention collective unique ? »): the interrogative words and the
// verbs that only carry the question (« se passer », « est-ce que ») say nothing about the subject and
// must weigh nothing. They are dropped from a query only when it reads as a question, since some carry
// meaning elsewhere (« #Pourquoi pas moi » is the name of a campaign).
import { foldWord } from './normalize';

const INTERROGATIVES = `qui que quoi quel quelle quels quelles lequel laquelle lesquels lesquelles comment combien pourquoi
quand où est-ce qu'est-ce`;

// Verbs and fillers that frame a question rather than name its subject.
const QUESTION_FILLERS = `passe passer passé passée passent fait faire font dit dire disent sait savoir peut peuvent
voici voilà y a-t-il existe existent concrètement exactement actuellement aujourd'hui`;

const FOLDED_INTERROGATIVES: ReadonlySet<string> = new Set(INTERROGATIVES.split(/\s+/).filter(Boolean).map(foldWord));
const FOLDED_FILLERS: ReadonlySet<string> = new Set(QUESTION_FILLERS.split(/\s+/).filter(Boolean).map(foldWord));

// The inverted subject of a question: « aide-t-elle », « représente-t-il », « est-il », « peut-on ».
const INVERTED_SUBJECT = /(?:-t)?-(?:il|elle|on|ils|elles|je|tu|nous|vous)$/iu;

/** True for a word that only asks (« comment », « combien »), folded or not. */
export function isInterrogative(surface: string): boolean {
  return FOLDED_INTERROGATIVES.has(foldWord(surface));
}

/** True for a word that frames a question without naming its subject (« passer », « faire »). */
export function isQuestionFiller(surface: string): boolean {
  return FOLDED_FILLERS.has(foldWord(surface)) || isInterrogative(surface);
}

/** « aide-t-elle » → « aide »: the verb without its inverted subject (the word itself when none). */
export function withoutInvertedSubject(surface: string): string {
  const stripped = surface.replace(INVERTED_SUBJECT, '');
  return stripped === '' ? surface : stripped;
}

/**
 * Whether the words typed read as a question: a question mark, an inverted subject (« aide-t-elle »),
 * « est-ce que », or an interrogative word in front of at least three other words (« Combien de
 * salariés représente Nexem »), which tells it from a title that begins with one (« Pourquoi pas moi »).
 */
export function readsAsQuestion(input: string, surfaces: readonly string[]): boolean {
  if (/\?\s*$/u.test(input)) return true;
  if (surfaces.some((surface) => INVERTED_SUBJECT.test(surface) || /^est-ce$/iu.test(surface))) return true;
  const first = surfaces[0];
  return first !== undefined && isInterrogative(first) && surfaces.length >= 4;
}
