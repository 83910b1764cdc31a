// An index as one JSON document holds it (the layout before the sections' texts and the postings were
// set apart in the file): postings' bytes in base64, as built. For comparing and for writing such files.
import type { IndexData } from '../../src/search/index-data';
import { packedBytes } from '../../src/search/postings';

export function asDocument(index: IndexData): IndexData {
  const postings = index.engine.postings;
  return { ...index, engine: { ...index.engine, postings: { ...postings, bytes: Buffer.from(packedBytes(postings)).toString('base64') } } };
}
