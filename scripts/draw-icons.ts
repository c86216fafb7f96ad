/**
 * `npx tsx scripts/draw-icons.ts`: draws IdeaBar's two Teams icons into appPackage/ — a lightbulb standing on a bar
 * counter. color.png (192×192) is full colour on the brand colour; outline.png (32×32) is white on transparent, as
 * Teams requires. Shapes are tested per pixel with 4×4 samples, so edges are smooth without a graphics library.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

/** A shape answers whether a point (in pixels, the icon's own size) is inside it. */
type Shape = (x: number, y: number) => boolean;
type Rgb = readonly [number, number, number];

/** IdeaBar's brand colour; appPackage/manifest.json's accentColor is the same. */
export const BRAND: Rgb = [0x2f, 0x4b, 0xc4];
const BULB: Rgb = [0xff, 0xc8, 0x3d];
const BULB_SHADE: Rgb = [0xf2, 0xa9, 0x1d];
const WHITE: Rgb = [0xff, 0xff, 0xff];
const SOCKET: Rgb = [0xd9, 0xdd, 0xf0];

const circle =
  (cx: number, cy: number, r: number): Shape =>
  (x, y) =>
    (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

const ring =
  (cx: number, cy: number, r: number, width: number): Shape =>
  (x, y) => {
    const d = Math.hypot(x - cx, y - cy);
    return d <= r && d >= r - width;
  };

/** A rectangle with rounded corners of radius `r`. */
const box =
  (left: number, top: number, right: number, bottom: number, r = 0): Shape =>
  (x, y) => {
    if (x < left || x > right || y < top || y > bottom) return false;
    const cx = Math.min(Math.max(x, left + r), right - r);
    const cy = Math.min(Math.max(y, top + r), bottom - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };

/** A thick line with round ends, from (x1, y1) to (x2, y2). */
const stroke =
  (x1: number, y1: number, x2: number, y2: number, width: number): Shape =>
  (x, y) => {
    const dx = x2 - x1;
    const dy = y2 - y1;
    const t = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy)) <= width / 2;
  };

const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    shapes.some((shape) => shape(x, y));

const minus =
  (shape: Shape, hole: Shape): Shape =>
  (x, y) =>
    shape(x, y) && !hole(x, y);

interface Layer {
  shape: Shape;
  color: Rgb;
}

const SAMPLES = 4;

/** Paints the layers in order over `background` (transparent when absent) and encodes a PNG. */
function paint(size: number, layers: Layer[], background?: Rgb): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b] = background ?? WHITE;
      let a = background ? 1 : 0;
      for (const { shape, color } of layers) {
        let hits = 0;
        for (let sy = 0; sy < SAMPLES; sy++) {
          for (let sx = 0; sx < SAMPLES; sx++) {
            if (shape(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES)) hits++;
          }
        }
        const coverage = hits / (SAMPLES * SAMPLES);
        if (coverage === 0) continue;
        const outA = coverage + a * (1 - coverage);
        r = (color[0] * coverage + r * a * (1 - coverage)) / outA;
        g = (color[1] * coverage + g * a * (1 - coverage)) / outA;
        b = (color[2] * coverage + b * a * (1 - coverage)) / outA;
        a = outA;
      }
      const i = (py * size + px) * 4;
      png.data[i] = Math.round(r);
      png.data[i + 1] = Math.round(g);
      png.data[i + 2] = Math.round(b);
      png.data[i + 3] = Math.round(a * 255);
    }
  }
  return PNG.sync.write(png);
}

/** 192×192, full colour: a glowing bulb whose socket rests on a white bar counter, on the brand colour. */
export function colorIcon(): Buffer {
  const rays = union(
    stroke(96, 14, 96, 22, 6),
    stroke(50, 32, 56, 38, 6),
    stroke(142, 32, 136, 38, 6),
    stroke(30, 76, 38, 76, 6),
    stroke(162, 76, 154, 76, 6),
  );
  const glass = union(circle(96, 76, 40), box(76, 92, 116, 124, 8));
  const filament = union(
    stroke(84, 96, 90, 84, 4),
    stroke(90, 84, 96, 96, 4),
    stroke(96, 96, 102, 84, 4),
    stroke(102, 84, 108, 96, 4),
    stroke(90, 100, 90, 122, 4),
    stroke(102, 100, 102, 122, 4),
  );
  return paint(
    192,
    [
      { shape: rays, color: BULB },
      { shape: glass, color: BULB },
      { shape: minus(circle(96, 76, 40), circle(88, 68, 40)), color: BULB_SHADE },
      { shape: filament, color: BULB_SHADE },
      { shape: box(80, 126, 112, 146, 4), color: SOCKET },
      { shape: union(box(80, 132, 112, 134), box(80, 139, 112, 141)), color: BRAND },
      { shape: box(26, 148, 166, 162, 5), color: WHITE },
      { shape: union(box(44, 162, 54, 180, 2), box(138, 162, 148, 180, 2)), color: WHITE },
    ],
    BRAND,
  );
}

/** 32×32, white on transparent: the same bulb and bar in outline. */
export function outlineIcon(): Buffer {
  const bulb = union(ring(16, 12, 8, 2), minus(box(12, 17, 20, 22, 1.5), box(14, 17, 18, 20.5)));
  return paint(32, [
    { shape: bulb, color: WHITE },
    {
      shape: union(stroke(16, 1, 16, 2.5, 1.5), stroke(5, 4.5, 6, 5.5, 1.5), stroke(27, 4.5, 26, 5.5, 1.5)),
      color: WHITE,
    },
    { shape: box(13, 22, 19, 24.5, 1), color: WHITE },
    { shape: box(3, 25, 29, 27.5, 1), color: WHITE },
    { shape: union(box(6, 27, 8, 31), box(24, 27, 26, 31)), color: WHITE },
  ]);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const folder = fileURLToPath(new URL('../appPackage/', import.meta.url));
  writeFileSync(`${folder}color.png`, colorIcon());
  writeFileSync(`${folder}outline.png`, outlineIcon());
  console.log('appPackage/color.png (192×192) and appPackage/outline.png (32×32) drawn.');
}
