/** A name is shown whole up to this many characters (LinkedIn's own limit for a name is far below). */
const MAX_NAME_CHARS = 80;

/**
 * A person's name as the page gave it, isolated from the text around it (a right-to-left name stays in its
 * place). A longer one is cut, whole in its tooltip, and any name wraps rather than widening the view: a
 * 10,000-character sender name made the popup 116,103 px wide (issue 19).
 */
export function Name({ name }: { name: string }) {
  // By code points, so an emoji is never cut in half.
  const points = name.length > MAX_NAME_CHARS ? [...name] : null;
  const cut = points !== null && points.length > MAX_NAME_CHARS;
  return (
    <bdi class="name" title={cut ? name : undefined}>
      {cut ? `${points.slice(0, MAX_NAME_CHARS - 1).join('')}…` : name}
    </bdi>
  );
}
