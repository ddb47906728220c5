/**
 * The content script's own account of the main-thread time it takes: the longest synchronous stretch
 * (a slice, an observer callback, a feature update) and the last read and analysis times. Reported to
 * Selge's views and tests through the protocol, never to the page.
 */
import type { Diagnostics } from '../shared/protocol';

export const diagnostics: Diagnostics = {
  longestTaskMs: 0,
  longestTaskLabel: '',
  tasksOver50ms: 0,
  lastReadMs: 0,
  lastAnalyseMs: 0,
  lastItems: 0,
  startedAtMs: null,
  analysisRequests: 0,
  lastRoundTripMs: 0,
  longestRoundTripMs: 0,
  firstAnalysisMs: 0,
  viewRequests: 0,
  recentTasks: [],
  indicator: [],
};

export function noteTask(label: string, durationMs: number): void {
  if (durationMs > 50) diagnostics.tasksOver50ms += 1;
  if (durationMs > 16) {
    diagnostics.recentTasks.push({ label, ms: durationMs, at: performance.now() });
    if (diagnostics.recentTasks.length > 50) diagnostics.recentTasks.shift();
  }
  if (durationMs > diagnostics.longestTaskMs) {
    diagnostics.longestTaskMs = durationMs;
    diagnostics.longestTaskLabel = label;
  }
}

/** Runs `run` and books its synchronous duration. */
export function timed<T>(label: string, run: () => T): T {
  const start = performance.now();
  try {
    return run();
  } finally {
    noteTask(label, performance.now() - start);
  }
}
