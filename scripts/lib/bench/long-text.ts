// A long extracted text with no punctuation and no title, the shape that made text ingestion
// quadratic: one endless paragraph wrapped at `lineWidth` characters (12 gives many short lines).
import { seededRandom } from './random';

const WORDS = [
  'association', 'salariés', 'négociation', 'les', 'de', 'établissements', 'médico-social', 'financement',
  'accueil', 'personnes', 'revalorisation', 'adhérents', 'accompagnement', 'secteur', 'branche', 'convention',
];

export function longText(options: { bytes: number; lineWidth: number; seed?: number }): string {
  const random = seededRandom(options.seed ?? 1);
  const lines: string[] = [];
  let size = 0;
  let line = '';
  while (size + Buffer.byteLength(line) < options.bytes) {
    const word = random.pick(WORDS);
    if (line !== '' && line.length + 1 + word.length > options.lineWidth) {
      lines.push(line);
      size += Buffer.byteLength(line) + 1;
      line = '';
    }
    line += line === '' ? word : ` ${word}`;
  }
  lines.push(line);
  return `${lines.join('\n')}\n`;
}
