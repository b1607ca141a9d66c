import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** What a projector screen must never do, measured in the page: items cut, under the QR box or off-screen; text under the floor. */
export type ProjectorFaults = { overlaps: string[]; small: string[]; items: number };

const ITEMS =
  '[data-testid="projector.card"], [data-testid="grid.card"], [data-testid="tree.node"], [data-testid="vote.result-row"], [data-testid="matrix.point"], [data-testid="matrix.legend-item"]';
/** The audience instruments' projector items (questions, the scale's chart, the word cloud's words). */
const AUDIENCE_ITEMS =
  '[data-testid="questions.projector-now"], [data-testid="questions.projector-item"], [data-testid="scale.chart"], [data-testid="open.word"]';

/** The projector window (`/event/<id>/projector`) at 1920×1080, opened in the facilitator's browser profile. */
export class ProjectorPage {
  constructor(readonly page: Page) {}

  static async open(consolePage: Page): Promise<ProjectorPage> {
    const page = await consolePage.context().newPage();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(new URL(consolePage.url()).pathname + '/projector');
    await expect(page.getByTestId('projector')).toBeVisible();
    return new ProjectorPage(page);
  }

  get title() {
    return this.page.getByTestId('projector.title');
  }

  get pageLabel() {
    return this.page.getByTestId('projector.page');
  }

  /** Settled layout: fonts in, and two frames for ProjectorFit's measurement to land. */
  async settle(): Promise<void> {
    await this.page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    });
  }

  async faults(floorPx = 28): Promise<ProjectorFaults> {
    await this.settle();
    return this.page.evaluate(
      ({ selector, floor }) => {
        const join = document.querySelector('[data-testid="projector.join"]')!.getBoundingClientRect();
        const [vw, vh] = [window.innerWidth, window.innerHeight];
        const hit = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        const shown = (el: Element) => !el.closest('[data-pj-off]') && el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
        const overlaps: string[] = [];
        let items = 0;
        for (const el of document.querySelectorAll(selector)) {
          if (!shown(el)) continue;
          items++;
          const r = el.getBoundingClientRect();
          const name = (el.textContent ?? '').slice(0, 40);
          if (hit(r, join)) overlaps.push(`under the QR box: ${name}`);
          if (r.left < 0 || r.top < 0 || r.right > vw || r.bottom > vh) overlaps.push(`off-screen: ${name} ${JSON.stringify(r)}`);
          // Clipped by its own box (the fitted area or the tree's drawing) counts as cut off too.
          const clip = el.closest('.pj-fit, .pj-tree__main')?.getBoundingClientRect();
          if (clip && (r.top < clip.top - 1 || r.bottom > clip.bottom + 1 || r.left < clip.left - 1 || r.right > clip.right + 1))
            overlaps.push(`cut off: ${name}`);
        }
        const small: string[] = [];
        const walker = document.createTreeWalker(document.querySelector('[data-testid="projector"]')!, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement;
          if (!el || !n.textContent?.trim() || !shown(el)) continue;
          const r = el.getBoundingClientRect();
          if (r.width === 0 || r.height === 0) continue;
          // Transforms (the tree's zoom) scale what the eye sees; computed font-size does not know them.
          const html = el as HTMLElement;
          // offsetHeight is rounded to whole pixels: a ratio within 5 % of 1 is that rounding, not a transform.
          const ratio = html.offsetHeight > 0 ? r.height / html.offsetHeight : 1;
          const scale = Math.abs(ratio - 1) < 0.05 ? 1 : ratio;
          const px = parseFloat(getComputedStyle(el).fontSize) * scale;
          if (px < floor - 0.1) small.push(`${px.toFixed(1)}px: ${n.textContent.trim().slice(0, 40)}`);
        }
        return { overlaps, small, items };
      },
      { selector: `${ITEMS}, ${AUDIENCE_ITEMS}`, floor: floorPx },
    );
  }

  async expectReadable(): Promise<ProjectorFaults> {
    const f = await this.faults();
    expect(f.overlaps, 'items under the QR box, off-screen or cut').toEqual([]);
    expect(f.small, 'projector text under 28 px').toEqual([]);
    return f;
  }
}
