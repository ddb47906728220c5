/** What may not end a shortened text before its "…": a space, or a stop or dash left over from the cut. */
const LOOSE_END = /[\s.,;:–—-]/;

/**
 * A text cut to at most `max` characters for a label or a quote, with "…" where it was cut. The cut falls
 * between words when a word boundary is near, so a label never ends in half a word ("Zulle…") or in a space
 * before the dots ("that …").
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  let boundary = end;
  while (boundary > 0 && !/\s/.test(text.charAt(boundary))) boundary--;
  // A boundary far back would throw most of the room away: one long word (a link) is cut where it is.
  if (boundary >= max * 0.6) end = boundary;
  while (end > 0 && LOOSE_END.test(text.charAt(end - 1))) end--;
  return `${text.slice(0, end)}…`;
}
