// Throughput of text ingestion (.txt → sections) in MB/s, on a generated text without punctuation:
// the figure that shows ingestion stays linear in the size of the file.
import { ingestFile } from '../../../src/ingest/ingest-file';
import { longText } from './long-text';

export interface TextIngestResult {
  bytes: number;
  ms: number;
  megabytesPerSecond: number;
}

export async function measureTextIngest(megabytes = 4): Promise<TextIngestResult> {
  const bytes = Buffer.from(longText({ bytes: megabytes * 1024 * 1024, lineWidth: 70 }));
  const started = performance.now();
  const outcome = await ingestFile({ name: 'texte-long.txt', bytes });
  const ms = performance.now() - started;
  if (outcome.status !== 'indexed') throw new Error(`Le texte de mesure n’a pas été indexé : ${JSON.stringify(outcome)}`);
  return { bytes: bytes.length, ms, megabytesPerSecond: bytes.length / (1024 * 1024) / (ms / 1000) };
}
