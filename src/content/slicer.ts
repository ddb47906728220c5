/**
 * Cooperative time slicing: long work runs in slices of a few milliseconds and yields to the page between
 * them, so LinkedIn stays responsive (no long tasks) even for a 2,000-message thread.
 */
import { noteTask } from './diagnostics';

function yieldToPage(): Promise<void> {
  // A message-channel task is not clamped like nested setTimeout(0) (4 ms each after five levels).
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export interface Slicer {
  /** Yields to the page when this slice's budget is spent. */
  check(): Promise<void> | undefined;
  /** A new slice starts: the caller just awaited something else (a reply), which yielded to the page. */
  restart(): void;
}

export function createSlicer(budgetMs = 6, label = 'slice'): Slicer {
  let sliceStart = performance.now();
  return {
    restart() {
      sliceStart = performance.now();
    },
    check() {
      const spent = performance.now() - sliceStart;
      if (spent < budgetMs) return undefined;
      noteTask(label, spent);
      return yieldToPage().then(() => {
        sliceStart = performance.now();
      });
    },
  };
}

/** Drives a stepwise reader, yielding to the page whenever the slice budget is spent. */
export async function runSliced<T>(steps: Generator<void, T>, slicer: Pick<Slicer, 'check'>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await slicer.check();
  }
}
