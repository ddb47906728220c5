import type { ReadResult } from '../shared/page-context';
import { queryFirst, readableText, searchRoots } from './dom';
import { SELECTORS } from './selectors';

export interface ComposeBox {
  element: HTMLElement;
  text: string;
}

/** The compose box under `root` (or in a shadow root below it) and the draft in it. */
export function readComposeBox(root: ParentNode): ReadResult<ComposeBox> {
  for (const searchRoot of searchRoots(root)) {
    const box = queryFirst(searchRoot, SELECTORS.compose.box);
    if (box) return { found: true, data: { element: box as HTMLElement, text: readableText(box) } };
  }
  return { found: false, reason: 'no compose box' };
}
