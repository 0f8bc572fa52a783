import type { Page } from '@playwright/test';

/** The widths the walk checks: a desktop, a laptop (and projector), a phone (WCAG 1.4.10 reflow). */
export const DESKTOP = { width: 1440, height: 900 };
export const LAPTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/**
 * What scrolls sideways on the page, as "selector: why": the page itself, and any element that
 * scrolls horizontally without being a keyboard-reachable, named region (WCAG 1.4.10, 2.1.1).
 */
export const sidewaysScroll = (page: Page) =>
  page.evaluate(() => {
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${Array.from(el.classList).slice(0, 2).join('.')} ` +
      `"${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}"`;
    const found: string[] = [];
    const root = document.scrollingElement!;
    if (root.scrollWidth > root.clientWidth) {
      // The outermost elements wider than the viewport inside one that is not: what pushes it.
      const tooWide = (el: Element | null) => !!el && el.getBoundingClientRect().width > root.clientWidth + 1;
      const wide = Array.from(document.body.querySelectorAll('*'))
        .filter((el) => tooWide(el) && !tooWide(el.parentElement))
        // A table wider than its own scroll region is as it should be.
        .filter((el) => !['auto', 'scroll'].includes(getComputedStyle(el.parentElement!).overflowX))
        .slice(0, 3)
        .map(describe);
      found.push(`page scrolls sideways (${root.scrollWidth} > ${root.clientWidth}): ${wide.join(' | ')}`);
    }
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      if (el.scrollWidth <= el.clientWidth) continue;
      if (!['auto', 'scroll'].includes(getComputedStyle(el).overflowX)) continue;
      const named = el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
      if (el.getAttribute('tabindex') === '0' && el.getAttribute('role') === 'region' && named) continue;
      found.push(`${describe(el)}: scrolls sideways but is not a focusable, named region`);
    }
    return found;
  });

/** Status badges and column headers whose text is cut off (ellipsis or clipped). */
export const truncatedLabels = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('[class*="Badge-label"], th, [role="columnheader"]'))
      .filter((el) => el.offsetParent !== null && el.scrollWidth > el.clientWidth + 1)
      .filter((el) => getComputedStyle(el).overflowX !== 'visible')
      .map((el) => `${el.tagName.toLowerCase()} "${el.innerText.trim()}"`),
  );
