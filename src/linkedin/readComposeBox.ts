import type { ReadResult } from '../shared/page-context';
import { queryFirstStepwise, readableText, runToEnd, searchRoots } from './dom';
import { SELECTORS } from './selectors';

export interface ComposeBox {
  element: HTMLElement;
  text: string;
}

/** The compose box under `root` (or in a shadow root below it) and the draft in it. */
export function readComposeBox(root: ParentNode): ReadResult<ComposeBox> {
  return runToEnd(readComposeBoxStepwise(root));
}

/** The same, one lookup per step (see queryFirstStepwise). */
export function* readComposeBoxStepwise(root: ParentNode): Generator<void, ReadResult<ComposeBox>> {
  for (const searchRoot of searchRoots(root)) {
    const box = yield* queryFirstStepwise(searchRoot, SELECTORS.compose.box);
    if (box) return { found: true, data: { element: box as HTMLElement, text: readableText(box) } };
    yield;
  }
  return { found: false, reason: 'no compose box' };
}
