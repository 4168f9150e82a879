// Draws the add-in icon (a red rounded square with ledger lines and a check mark) as real PNGs with pngjs.
import pngjs from 'pngjs';

const { PNG } = pngjs;

/** Official red (中国红-like), on which white reads well at 16 px. */
const BACKGROUND = { r: 0xc8, g: 0x16, b: 0x1d };
const FOREGROUND = { r: 0xff, g: 0xff, b: 0xff };
/** Subsamples per axis: 4×4 gives smooth edges without an anti-aliasing library. */
const SUPERSAMPLE = 4;

/** @param {number} x @param {number} y point in unit coordinates */
function insideRoundedSquare(x, y) {
  const margin = 0.03;
  const radius = 0.2;
  const lo = margin + radius;
  const hi = 1 - margin - radius;
  const dx = x < lo ? lo - x : x > hi ? x - hi : 0;
  const dy = y < lo ? lo - y : y > hi ? y - hi : 0;
  if (x < margin || x > 1 - margin || y < margin || y > 1 - margin) return false;
  return dx * dx + dy * dy <= radius * radius;
}

/**
 * Distance from point p to segment ab (unit coordinates).
 * @param {number} px @param {number} py @param {number} ax @param {number} ay @param {number} bx @param {number} by
 */
function distanceToSegment(px, py, ax, ay, bx, by) {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(px - (ax + t * vx), py - (ay + t * vy));
}

/** Ledger lines (x0, x1, y) and the check mark's polyline, in unit coordinates. */
const LEDGER_LINES = [
  [0.22, 0.78, 0.26],
  [0.22, 0.78, 0.42],
  [0.22, 0.46, 0.58],
];
const CHECK_MARK = [
  [0.54, 0.7],
  [0.63, 0.79],
  [0.8, 0.6],
];

/** @param {number} x @param {number} y @param {number} size */
function insideMark(x, y, size) {
  // Strokes get relatively thicker at small sizes so a 16 px icon still shows them.
  const half = size <= 16 ? 0.06 : 0.045;
  for (const [x0, x1, ly] of LEDGER_LINES) {
    if (distanceToSegment(x, y, x0, ly, x1, ly) <= half) return true;
  }
  for (let i = 0; i + 1 < CHECK_MARK.length; i += 1) {
    const [ax, ay] = CHECK_MARK[i];
    const [bx, by] = CHECK_MARK[i + 1];
    if (distanceToSegment(x, y, ax, ay, bx, by) <= half * 1.15) return true;
  }
  return false;
}

/**
 * Draws the icon at one size.
 * @param {number} size width and height in pixels
 * @returns {Buffer} PNG file bytes (RGBA)
 */
export function drawIcon(size) {
  const png = new PNG({ width: size, height: size });
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy += 1) {
        for (let sx = 0; sx < SUPERSAMPLE; sx += 1) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (!insideRoundedSquare(x, y)) continue;
          bg += 1;
          if (insideMark(x, y, size)) fg += 1;
        }
      }
      const alpha = bg / samples;
      const whiteShare = bg === 0 ? 0 : fg / bg;
      const offset = (py * size + px) * 4;
      png.data[offset] = Math.round(BACKGROUND.r + (FOREGROUND.r - BACKGROUND.r) * whiteShare);
      png.data[offset + 1] = Math.round(BACKGROUND.g + (FOREGROUND.g - BACKGROUND.g) * whiteShare);
      png.data[offset + 2] = Math.round(BACKGROUND.b + (FOREGROUND.b - BACKGROUND.b) * whiteShare);
      png.data[offset + 3] = Math.round(alpha * 255);
    }
  }
  return PNG.sync.write(png);
}

/**
 * Reads the width and height from a PNG's IHDR chunk.
 * @param {Uint8Array} bytes
 * @returns {{ width: number, height: number } | undefined} undefined when the bytes are not a PNG
 */
export function readPngSize(bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunkType = String.fromCharCode(bytes[12] ?? 0, bytes[13] ?? 0, bytes[14] ?? 0, bytes[15] ?? 0);
  if (chunkType !== 'IHDR') return undefined;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
