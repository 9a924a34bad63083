/**
 * A worker thread for test/fuzz/adversarial.test.ts: times one summarize() of the built library
 * on `workerData.input`, after a warm-up, and posts `{ ms, outcome }` or `{ ms, bug }`. A worker,
 * so that a case that never ends can be stopped (terminate()) and fail the test instead of
 * hanging it.
 */
import { parentPort, workerData } from 'node:worker_threads';

const { summarize, SummarizeError } = await import(new URL('../../dist/index.js', import.meta.url).href);

// The same warm-up before every case, so each is timed with the code compiled as it is for the plain article.
const warmUp = 'The council approved the budget on Tuesday. Farmers moved their cattle to higher ground. The water fell within a week. ';
for (let i = 0; i < 5; i++) summarize(warmUp.repeat(40));

const { input, options } = workerData;
const start = performance.now();
try {
  const summary = summarize(input, options);
  parentPort.postMessage({ ms: performance.now() - start, outcome: `${summary.sentences.length} of ${summary.counts.sentencesIn} sentences` });
} catch (error) {
  const ms = performance.now() - start;
  if (error instanceof SummarizeError) parentPort.postMessage({ ms, outcome: error.code });
  else parentPort.postMessage({ ms, bug: String(error) });
}
