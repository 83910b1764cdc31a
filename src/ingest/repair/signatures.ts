// The signature under a quotation: a person's name, then their role.

/** « Cyril Durand, », « Didier Arnal, Directeur… »: a person's name followed by a role. */
export function looksLikePersonLine(text: string): boolean {
  // First name (« Cyril », « Jean-Marc »), optional particle, one or two capitalised names, comma.
  return /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: (?:de|du|d’|d'|van|von))?(?: \p{Lu}[\p{L}’'-]+){1,2},/u.test(text);
}
