import { isPosterImage } from '@shared/doc/poster';
import type { Attempt, FitResult } from './image-fit';
import { fitImage, fitWithin } from './image-fit';

/** Decodes a picked file through a blob: URL (the CSP allows blob: images) without reading it into memory as text. */
function decode(file: File): Promise<HTMLImageElement | null> {
  return new Promise((resolve) => {
    const url = URL.createObjectURL(file);
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => {
      URL.revokeObjectURL(url);
      resolve(null);
    };
    img.src = url;
  });
}

/**
 * A picked file as a JPEG data: URL that fits the poster, or why not. JPEG on a white ground: every
 * browser encodes it (not so WebP), and a transparent PNG would otherwise turn black.
 */
export async function fileToPosterImage(file: File): Promise<FitResult> {
  if (!file.type.startsWith('image/')) return { ok: false, error: 'not_image' };
  const img = await decode(file);
  if (!img) return { ok: false, error: 'not_image' };
  try {
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d');
    if (!ctx) return { ok: false, error: 'not_image' };
    const encode = async (a: Attempt) => {
      const { width, height } = fitWithin(img.naturalWidth, img.naturalHeight, a.maxSide);
      if (width === 0) return null;
      canvas.width = width;
      canvas.height = height;
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, width, height);
      ctx.drawImage(img, 0, 0, width, height);
      return canvas.toDataURL('image/jpeg', a.quality);
    };
    const r = await fitImage(encode);
    return r.ok && !isPosterImage(r.dataUrl) ? { ok: false, error: 'not_image' } : r;
  } finally {
    URL.revokeObjectURL(img.src);
  }
}
