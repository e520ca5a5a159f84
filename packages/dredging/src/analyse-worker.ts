/** Worker thread body of {@link analyseTracksParallel}: analyses its share of vessels and posts the result. */
import { parentPort, workerData } from 'node:worker_threads';
import { analyseTracks } from './domain/analyse.ts';
import { RuleClassifier } from './domain/classify.ts';
import type { AnalyseTask } from './parallel-analyse.ts';

const task = workerData as AnalyseTask;
try {
  const result = analyseTracks(task.columns, task.statics, task.registry, {
    classifier: new RuleClassifier(task.rules),
    segment: task.segment,
    volume: task.volume,
    behaviour: task.behaviour,
    trackSampleMs: task.trackSampleMs,
  });
  parentPort?.postMessage({ ok: true, result });
} catch (error) {
  parentPort?.postMessage({ ok: false, error: (error as Error).stack ?? String(error) });
}
