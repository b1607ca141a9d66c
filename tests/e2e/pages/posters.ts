import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import type { TestHost } from '../support/host-process';

export type PosterFieldName = 'name' | 'who' | 'problem' | 'doing' | 'results' | 'contacts';
export type NeedName = 'volunteers' | 'partners' | 'premises' | 'equipment' | 'expertise' | 'media' | 'money';
export type OfferInput = { kind: 'offer' | 'volunteer'; category?: NeedName; text: string; contact: string; share: boolean };

/**
 * The facilitator's setup through the host API (the console's button is built elsewhere): a poster
 * and an offers inbox per team, editing closing at `editingClosesAt` (host ms).
 */
export async function setupPosters(
  host: TestHost,
  eventId: string,
  editingClosesAt: number | null,
): Promise<{ roundId: string; slots: { teamId: string; poster: string; inbox: string }[] }> {
  const res = await fetch(`${host.url}/api/events/${encodeURIComponent(eventId)}/posters`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ editingClosesAt }),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as { roundId: string; slots: { teamId: string; poster: string; inbox: string }[] };
}

/** A participant's poster session on a phone: gallery, one poster (editor or view), threads, offers, the team's inbox. */
export class PostersPage {
  constructor(readonly page: Page) {}

  get home(): Locator {
    return this.page.getByTestId('gallery.home');
  }

  get items(): Locator {
    return this.page.getByTestId('gallery.item');
  }

  item(name: string): Locator {
    return this.items.filter({ has: this.page.getByTestId('gallery.item-name').filter({ hasText: name }) });
  }

  get board(): Locator {
    return this.page.getByTestId('poster.board');
  }

  get view(): Locator {
    return this.page.getByTestId('poster.view');
  }

  get editor(): Locator {
    return this.page.getByTestId('poster.editor');
  }

  async open(name: string): Promise<void> {
    await this.item(name).click();
    await expect(this.board).toBeVisible();
  }

  /** The person's own initiative: first in the list, marked. */
  async openMine(): Promise<void> {
    await this.items.and(this.page.locator('[data-mine="true"]')).click();
    await expect(this.board).toHaveAttribute('data-own', 'true');
  }

  async back(): Promise<void> {
    await this.page.getByTestId('gallery.back').click();
    await expect(this.home).toHaveAttribute('data-view', 'list');
  }

  field(name: PosterFieldName): Locator {
    return this.page.getByTestId(`poster.field.${name}`);
  }

  need(category: NeedName): Locator {
    return this.page.getByTestId(`poster.need.${category}`);
  }

  async fill(fields: Partial<Record<PosterFieldName, string>>, needs: Partial<Record<NeedName, string>> = {}): Promise<void> {
    for (const [k, v] of Object.entries(fields)) await this.field(k as PosterFieldName).fill(v);
    for (const [k, v] of Object.entries(needs)) await this.need(k as NeedName).fill(v);
  }

  /** Picks a photo in the editor's image picker; it is shrunk in the page to fit the poster. */
  async pickImage(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.page.getByTestId('poster.image-input').setInputFiles(file);
    await expect(this.page.getByTestId('poster.image-preview')).toBeVisible();
  }

  get threads(): Locator {
    return this.page.getByTestId('poster.thread');
  }

  thread(text: string): Locator {
    return this.threads.filter({ hasText: text });
  }

  async ask(text: string): Promise<void> {
    await this.page.getByTestId('poster.ask-text').fill(text);
    await this.page.getByTestId('poster.ask-send').click();
    await expect(this.thread(text)).toBeVisible();
    await expect(this.page.getByTestId('poster.ask-text')).toHaveValue('');
  }

  async reply(threadText: string, text: string): Promise<void> {
    const th = this.thread(threadText);
    await th.getByTestId('poster.reply-open').click();
    await th.getByTestId('poster.reply-text').fill(text);
    await th.getByTestId('poster.reply-send').click();
    await expect(th.getByTestId('poster.comment').filter({ hasText: text })).toBeVisible();
  }

  async offer(o: OfferInput): Promise<void> {
    await this.page.getByTestId(o.kind === 'offer' ? 'offers.open-offer' : 'offers.open-volunteer').click();
    const form = this.page.getByTestId('offers.form');
    if (o.category) await form.getByTestId('offers.category').selectOption(o.category);
    await form.getByTestId('offers.text').fill(o.text);
    await form.getByTestId('offers.contact').fill(o.contact);
    await expect(form.getByTestId('offers.consent')).not.toBeChecked();
    if (o.share) await form.getByTestId('offers.consent').check();
    await form.getByTestId('offers.send').click();
    await expect(this.page.getByTestId('offers.sent')).toBeVisible();
  }

  myOffer(text: string): Locator {
    return this.page.getByTestId('offers.mine').filter({ hasText: text });
  }

  get inboxOpen(): Locator {
    return this.page.getByTestId('offers.inbox-open');
  }

  async openInbox(): Promise<void> {
    await this.inboxOpen.click();
    await expect(this.page.getByTestId('offers.inbox')).toBeVisible();
  }

  inboxItem(text: string): Locator {
    return this.page.getByTestId('offers.item').filter({ hasText: text });
  }

  async decide(text: string, decision: 'accept' | 'decline'): Promise<void> {
    const item = this.inboxItem(text);
    await item.getByTestId(`offers.${decision}`).click();
    await expect(item).toHaveAttribute('data-status', decision === 'accept' ? 'accepted' : 'declined');
  }
}

/** A large, detailed photo (a phone camera's size) drawn in the page: far over the poster's image cap until shrunk. */
export async function bigPhoto(page: Page): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const b64 = await page.evaluate(() => {
    const c = document.createElement('canvas');
    c.width = 3000;
    c.height = 2000;
    const ctx = c.getContext('2d')!;
    const g = ctx.createLinearGradient(0, 0, 3000, 2000);
    g.addColorStop(0, '#2e7d32');
    g.addColorStop(1, '#f9a825');
    ctx.fillStyle = g;
    ctx.fillRect(0, 0, 3000, 2000);
    let seed = 7;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 4000; i++) {
      ctx.fillStyle = `hsl(${Math.floor(rnd() * 360)} 70% 50%)`;
      ctx.beginPath();
      ctx.arc(rnd() * 3000, rnd() * 2000, 4 + rnd() * 30, 0, Math.PI * 2);
      ctx.fill();
    }
    return c.toDataURL('image/jpeg', 0.95).split(',')[1]!;
  });
  return { name: 'sad.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(b64, 'base64') };
}
