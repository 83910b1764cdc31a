// French analysis: one pipeline for indexing, querying and highlighting.
export { normalizeApostrophes, foldAccents, foldWord } from './normalize';
export { STOP_WORDS, isStopWord } from './stopwords';
export { countWords, tokenize, wordSurfaces, type Token } from './tokenize';
export { analyzeWord, indexTerms, matchKey, type WordAnalysis, type WordKind } from './terms';
export { isQuestionFiller, readsAsQuestion, withoutInvertedSubject } from './question-words';
export { derivedForms } from './word-families';
export { normalizeForms, type NormalizedText } from './unicode-forms';
export { frenchWordShare, isFrenchWord, letterTrigrams, spellsLikeFrench } from './french-words';
