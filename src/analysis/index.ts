// French analysis: one pipeline for indexing, querying and highlighting.
export { normalizeApostrophes, foldAccents, foldWord } from './normalize';
export { STOP_WORDS, isStopWord } from './stopwords';
export { tokenize, type Token } from './tokenize';
export { analyzeWord, indexTerms, type WordAnalysis, type WordKind } from './terms';
