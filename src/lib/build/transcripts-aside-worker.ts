// The worker thread of renderTranscriptsAside (src/lib/build/transcripts-aside.ts): renders each transcript file and posts it back.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { renderTranscriptText } from './transcripts-aside.ts';

const { files } = workerData as { files: { file: string; path: string }[] };
for (const { file, path } of files) {
  parentPort!.postMessage({ path, rendered: renderTranscriptText(readFileSync(path, 'utf8'), file) });
}
