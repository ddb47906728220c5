/**
 * What a person sees of a view in a narrow window (issue 21): whether it scrolls sideways, and which elements
 * stick out past its right edge. Runs in the page, in Chromium (playwright) and Firefox (puppeteer) alike.
 */
export interface Overflow {
  /** How far the page scrolls sideways, in CSS px (0: it does not). */
  scrollsBy: number;
  /** The elements whose box ends past the view's right edge, outermost first: tag.class "text" +px. */
  outside: string[];
}

export function sidewaysOverflow(): Overflow {
  const width = document.documentElement.clientWidth;
  const outside: string[] = [];
  for (const element of document.querySelectorAll('body *')) {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 || rect.right <= width + 0.5) continue;
    // Inside a box that scrolls or clips on its own (a long message in its scroll box) nothing sticks out.
    let clipped = false;
    for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
      const style = getComputedStyle(up);
      if (style.overflowX !== 'visible' && up.getBoundingClientRect().right <= width + 0.5) clipped = true;
    }
    if (clipped || element.closest('.visually-hidden')) continue;
    const text = (element.textContent ?? '').trim().slice(0, 40);
    outside.push(
      `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} "${text}" +${Math.round(rect.right - width)}px`,
    );
  }
  return { scrollsBy: document.documentElement.scrollWidth - width, outside: outside.slice(0, 12) };
}

/**
 * Closed selects whose chosen label is wider than the select draws it (a popup 240 px wide showed "Mark de Haan ·
 * Pitch · 2 da"): `#id "label"`. A select's scrollWidth does not grow with its label, so the text is measured
 * in the select's own font against its content box less the browser's arrow.
 */
export function selectLabelsCut(): string[] {
  // Chromium's and Firefox's own arrow take about this much of the content box.
  const arrow = 16;
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return ['no canvas to measure with'];
  return [...document.querySelectorAll('select')]
    .filter((select) => {
      const style = getComputedStyle(select);
      const label = select.selectedOptions[0]?.text ?? '';
      context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room =
        select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - arrow;
      return select.getBoundingClientRect().width > 0 && context.measureText(label).width > room;
    })
    .map((select) => `#${select.id} "${select.selectedOptions[0]?.text ?? ''}"`);
}
