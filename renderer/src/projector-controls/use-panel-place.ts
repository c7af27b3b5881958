import { useLayoutEffect, useRef, type RefObject } from 'react';

/** The stylesheet's breakpoint below which the run screen stacks and the panel is a strip. */
const WIDE = '(min-width: 1101px)';

/**
 * Where the open panel drops on a wide screen: exactly over the element that offers itself with
 * `data-pc-place` (the run screen's sign-in column), from that element's top. The bar above the
 * columns (quorum, 撤销, 快捷键) and the timer and vote beside it stay clear. Without such an
 * element, or when the screen stacks (narrow), the stylesheet's place under the header holds.
 * Returns the ref to put on the panel.
 */
export function usePanelPlace(open: boolean): RefObject<HTMLDivElement | null> {
  const panel = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = panel.current;
    if (!open || !el) return;
    const place = () => {
      const target = document.querySelector<HTMLElement>('[data-pc-place]');
      // The panel is positioned against its header, which scrolls with nothing on the run screen.
      const anchor = el.offsetParent;
      if (!target || !anchor || !window.matchMedia(WIDE).matches) {
        el.style.removeProperty('top');
        el.style.removeProperty('left');
        el.style.removeProperty('width');
        el.style.removeProperty('max-height');
        return;
      }
      const over = target.getBoundingClientRect();
      const from = anchor.getBoundingClientRect();
      el.style.top = `${over.top - from.top}px`;
      el.style.left = `${over.left - from.left}px`;
      el.style.width = `${over.width}px`;
      el.style.maxHeight = `${Math.max(160, window.innerHeight - over.top - 8)}px`;
    };
    place();
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
  }, [open]);
  return panel;
}
