// File names come from the disk and may hold a newline, a carriage return or a bidirectional override:
// printed as they are, one would split or disguise an output line. They are shown escaped instead.

const UNPRINTABLE = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** One output line, whatever the names in it: control characters become visible escapes (« \n », « \u{1b} »). */
export function printable(line: string): string {
  return line.replace(UNPRINTABLE, (char) => NAMED[char] ?? `\\u{${char.codePointAt(0)!.toString(16)}}`);
}
