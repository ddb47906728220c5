import { useLayoutEffect, useMemo, useState } from 'preact/hooks';

/**
 * Room Chromium and Firefox keep for a closed <select>'s own arrow, inside its padding. Generous: a label a few
 * pixels shorter than it could be reads the same; one a few pixels longer is clipped mid-letter.
 */
const ARROW_ROOM = 24;

interface Room {
  width: number;
  font: string;
}

/**
 * Whether a label fits a closed <select> as drawn: its width less padding and arrow, in its own font. Undefined
 * until the select is laid out (and where the browser measures no text): then labels are given whole.
 */
export function useSelectFit(select: HTMLSelectElement | null): ((label: string) => boolean) | undefined {
  const [room, setRoom] = useState<Room | null>(null);
  useLayoutEffect(() => {
    if (!select || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const style = getComputedStyle(select);
      const width =
        select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - ARROW_ROOM;
      // Firefox gives no `font` shorthand in the computed style: build it from its parts.
      const font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      setRoom((last) => (last?.width === width && last.font === font ? last : { width, font }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(select);
    return () => observer.disconnect();
  }, [select]);
  return useMemo(() => {
    if (!room || room.width <= 0) return undefined;
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return undefined;
    context.font = room.font;
    return (label: string) => context.measureText(label).width <= room.width;
  }, [room]);
}
