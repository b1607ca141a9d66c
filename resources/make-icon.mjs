#!/usr/bin/env node
// Draws the Veche icon — the veche bell of Novgorod on a brick-red tile — as SVG and PNG from one
// set of shapes, with no image tools or downloads. Run `node resources/make-icon.mjs` after
// changing a shape; the outputs are committed.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const TILE = [140, 43, 31];
const GOLD = [242, 193, 78];

function arc(cx, cy, rx, ry, from, to, steps = 24) {
  return Array.from({ length: steps + 1 }, (_, i) => {
    const a = from + ((to - from) * i) / steps;
    return [cx + rx * Math.cos(a), cy + ry * Math.sin(a)];
  });
}
function cubic(p0, p1, p2, p3, steps = 24) {
  return Array.from({ length: steps + 1 }, (_, i) => {
    const t = i / steps;
    const m = 1 - t;
    const f = (k) => m ** 3 * p0[k] + 3 * m * m * t * p1[k] + 3 * m * t * t * p2[k] + t ** 3 * p3[k];
    return [f(0), f(1)];
  });
}
function roundedRect(x, y, w, h, r) {
  const q = Math.PI / 2;
  return [
    ...arc(x + w - r, y + r, r, r, -q, 0),
    ...arc(x + w - r, y + h - r, r, r, 0, q),
    ...arc(x + r, y + h - r, r, r, q, 2 * q),
    ...arc(x + r, y + r, r, r, 2 * q, 3 * q),
  ];
}
const circle = (cx, cy, r) => arc(cx, cy, r, r, 0, 2 * Math.PI, 48);

// 512-unit canvas. Layers paint in order; `hole` polygons cut through the layer below.
const bell = [
  ...arc(256, 190, 72, 52, Math.PI, 2 * Math.PI),
  ...cubic([328, 190], [330, 280], [360, 335], [420, 362]),
  ...cubic([92, 362], [152, 335], [182, 280], [184, 190]),
];
const LAYERS = [
  { color: TILE, shapes: [roundedRect(16, 16, 480, 480, 104)] },
  { color: GOLD, shapes: [bell, roundedRect(78, 356, 356, 30, 15), circle(256, 126, 28), circle(256, 416, 26)] },
  { color: TILE, shapes: [circle(256, 126, 12), roundedRect(150, 300, 212, 14, 7)] },
];

/** Fraction of each pixel inside the polygons (non-zero winding), 4×4 samples per pixel. */
function coverage(shapes, size) {
  const scale = size / 512;
  const cover = new Float32Array(size * size);
  const S = 4;
  for (let sy = 0; sy < size * S; sy++) {
    const y = (sy + 0.5) / S / scale;
    const crossings = [];
    for (const poly of shapes) {
      for (let i = 0; i < poly.length; i++) {
        const [x0, y0] = poly[i];
        const [x1, y1] = poly[(i + 1) % poly.length];
        if (y0 <= y === y1 <= y) continue;
        crossings.push([x0 + ((y - y0) * (x1 - x0)) / (y1 - y0), y1 > y0 ? 1 : -1]);
      }
    }
    crossings.sort((a, b) => a[0] - b[0]);
    let winding = 0;
    for (let i = 0; i < crossings.length - 1; i++) {
      winding += crossings[i][1];
      if (winding === 0) continue;
      const from = Math.ceil(crossings[i][0] * scale * S - 0.5);
      const to = Math.floor(crossings[i + 1][0] * scale * S - 0.5);
      for (let sx = Math.max(0, from); sx <= Math.min(size * S - 1, to); sx++) {
        cover[Math.floor(sy / S) * size + Math.floor(sx / S)] += 1 / (S * S);
      }
    }
  }
  return cover;
}

function render(size) {
  const rgba = new Float32Array(size * size * 4);
  for (const layer of LAYERS) {
    const cover = coverage(layer.shapes, size);
    for (let p = 0; p < size * size; p++) {
      const a = Math.min(1, cover[p]);
      if (a === 0) continue;
      for (let c = 0; c < 3; c++) rgba[p * 4 + c] = layer.color[c] * a + rgba[p * 4 + c] * (1 - a);
      rgba[p * 4 + 3] = a + rgba[p * 4 + 3] * (1 - a);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}
function png(size) {
  const rgba = render(size);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size * 4; x++) {
      const a = rgba[(y * size) * 4 + Math.floor(x / 4) * 4 + 3];
      const v = x % 4 === 3 ? a * 255 : a > 0 ? rgba[y * size * 4 + x] / a : 0;
      raw[y * (size * 4 + 1) + 1 + x] = Math.round(Math.max(0, Math.min(255, v)));
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

function svg() {
  const hex = (c) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  const d = (poly) => `M${poly.map(([x, y]) => `${x.toFixed(1)} ${y.toFixed(1)}`).join('L')}Z`;
  const paths = LAYERS.map((l) => `  <path fill="${hex(l.color)}" d="${l.shapes.map(d).join('')}"/>`).join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">\n${paths}\n</svg>\n`;
}

writeFileSync(join(here, 'icon.svg'), svg());
writeFileSync(join(here, 'icon.png'), png(1024));
for (const size of [16, 32, 48, 64, 128, 256, 512]) writeFileSync(join(here, 'icons', `${size}x${size}.png`), png(size));
console.log('resources/icon.svg, icon.png (1024) and icons/NxN.png written');
