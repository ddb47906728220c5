import { MAX_ANALYZED_CHARS } from '../analyzer/limits';
import { boundedText } from '../shared/wire';

/** What a text box for a message holds at most: all the analyzer reads whole (`maxlength` cuts a paste). */
export const MESSAGE_INPUT_MAX = MAX_ANALYZED_CHARS;

/**
 * A message typed or pasted into a text box, cut to what the analyzer reads whole, and whether it was cut (so
 * the box can say so). A megabyte in the box made every keystroke take half a second (issue 19); `maxlength`
 * cuts a paste already, this also cuts text set by a script or by a browser that ignores it.
 */
export function boundedInput(value: string): { text: string; cut: boolean } {
  const text = boundedText(value);
  // A paste cut by maxlength arrives exactly full.
  return { text, cut: text.length < value.length || text.length >= MESSAGE_INPUT_MAX };
}
