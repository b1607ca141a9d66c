import QRCode from 'qrcode';
import { useEffect, useRef } from 'react';

/**
 * The join QR, drawn on a canvas by the `qrcode` package: no SVG markup is injected, and no data:
 * image is needed, so it works under the strictest CSP. Drawn at a fixed high resolution and scaled
 * down by CSS, so it stays sharp on a 4K projector.
 */
export function QrCode({ text, label, className }: { text: string; label: string; className?: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    QRCode.toCanvas(canvas, text, { width: 1024, margin: 2, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } }).then(
      // qrcode pins the canvas to 1024 CSS px; the stylesheet decides the displayed size instead.
      () => {
        canvas.style.removeProperty('width');
        canvas.style.removeProperty('height');
      },
      (e: unknown) => console.error('QR drawing failed', e),
    );
  }, [text]);
  return <canvas ref={ref} className={className ?? 'qr'} role="img" aria-label={label} data-testid="qr" data-qr-text={text} />;
}
