import type { Poster } from '@shared/doc/poster';
import { posterNeeds, readPoster } from '@shared/doc/poster';
import type { Lang } from '@shared/export/labels';
import type { ExportOptions } from '@shared/export/progress';
import { checkpoint, within } from '@shared/export/progress';
import { matrixLabels } from '@shared/posters/matrix';
import { readPosterSession } from '@shared/posters/session-doc';
import { readPlan } from '@shared/doc/plan';
import type { HostedEvent } from '../events/hosted-event';
import type { PdfDoc } from '../export/pdf-doc';
import { FONT, newPdf, pdfText } from '../export/pdf-doc';

/**
 * The poster catalogue: one poster a page (a very long poster flows on to the next page rather than
 * being cut), A4, the bundled PT Sans. Only what the posters themselves say — public in the event —
 * so no visitor's contact can be in it.
 */
const A4 = { size: 'A4', layout: 'portrait', margin: 50 } as const;
const HEADINGS = {
  ru: { who: 'Кто мы', problem: 'Проблема', doing: 'Что мы делаем', results: 'Результаты и цифры', needs: 'Что нам нужно', contacts: 'Контакты' },
  en: { who: 'Who we are', problem: 'The problem', doing: 'What we do', results: 'Results and figures', needs: 'What we need', contacts: 'Contacts' },
} as const;

export async function buildPosterCatalogue(event: HostedEvent, lang: Lang, opts: ExportOptions = {}): Promise<Uint8Array> {
  const plan = event.doc('plan');
  const title = readPlan(plan).title;
  const slots = readPosterSession(plan).slots;
  const { doc, done } = await newPdf({ ...A4, autoFirstPage: false }, title);
  for (const [i, s] of slots.entries()) {
    await checkpoint(opts, within(0, 0.95, i, slots.length));
    doc.addPage(A4);
    drawPoster(doc, readPoster(event.doc(`board/${s.poster}`)), lang);
  }
  if (slots.length === 0) doc.addPage(A4).font(FONT.bold).fontSize(18).text(pdfText(title));
  doc.end();
  const bytes = await done;
  await checkpoint(opts, 1);
  return bytes;
}

function drawPoster(doc: PdfDoc, p: Poster, lang: Lang): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  doc.font(FONT.bold).fontSize(22).fillColor('#111111').text(pdfText(p.name), left, doc.y, { width });
  doc.moveDown(0.4);
  drawImage(doc, p.image, width);
  const h = HEADINGS[lang];
  const section = (head: string, text: string) => {
    if (!text.trim()) return;
    doc.moveDown(0.4).font(FONT.bold).fontSize(13).fillColor('#333333').text(head, left, doc.y, { width });
    doc.font(FONT.regular).fontSize(11).fillColor('#111111').text(pdfText(text), left, doc.y, { width });
  };
  section(h.who, p.who);
  section(h.problem, p.problem);
  section(h.doing, p.doing);
  section(h.results, p.results);
  const cat = matrixLabels(lang).category;
  section(
    h.needs,
    posterNeeds(p)
      .map((n) => `• ${cat[n.category]}: ${n.description}`)
      .join('\n'),
  );
  section(h.contacts, p.contacts);
}

/** pdfkit reads PNG and JPEG data URLs; a WebP (or a broken image) is left out rather than failing the catalogue. */
function drawImage(doc: PdfDoc, image: string | null, width: number): void {
  if (!image || image.startsWith('data:image/webp')) return;
  try {
    doc.image(image, doc.page.margins.left, doc.y, { fit: [width, 220] });
    doc.y += 230;
  } catch {
    // A malformed picture must not cost the organiser the whole catalogue.
  }
}
