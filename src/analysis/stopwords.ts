// Snowball's French stop list, minus words that carry meaning in this domain
// (« pas », « sans »: « pas de financement », « sans but lucratif »). Larger lists such as
// stopwords-fr drop « plus », « non », « personnes », « état » and would break « non lucratif ».
import { foldWord } from './normalize';

const SNOWBALL_FRENCH = `au aux avec ce ces dans de des du elle en et eux il ils je la le les leur lui ma mais me
même mes moi mon ne nos notre nous on ou par pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos
votre vous c d j l à m n s t y été étée étées étés étant étante étants étantes suis es est sommes êtes sont serai
seras sera serons serez seront serais serait serions seriez seraient étais était étions étiez étaient fus fut
fûmes fûtes furent sois soit soyons soyez soient fusse fusses fût fussions fussiez fussent ayant ayante ayantes
ayants eu eue eues eus ai as avons avez ont aurai auras aura aurons aurez auront aurais aurait aurions auriez
auraient avais avait avions aviez avaient eut eûmes eûtes eurent aie aies ait ayons ayez aient eusse eusses eût
eussions eussiez eussent`;

/** Folded forms, so « ete » and « été » are both recognised. */
export const STOP_WORDS: ReadonlySet<string> = new Set(SNOWBALL_FRENCH.split(/\s+/).filter(Boolean).map(foldWord));

export function isStopWord(foldedWord: string): boolean {
  return STOP_WORDS.has(foldedWord);
}
