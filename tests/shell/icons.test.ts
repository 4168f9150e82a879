import pngjs from 'pngjs';
import { describe, expect, test } from 'vitest';
import { ICON_SIZES } from '../../scripts/lib/addinConfig.mjs';
import { drawIcon, readPngSize } from '../../scripts/lib/icons.mjs';

describe('drawIcon', () => {
  test.each(ICON_SIZES.map((size) => [size]))(
    'draws a %i px PNG: transparent corner, red body, white strokes',
    (size) => {
      const bytes = drawIcon(size);
      expect(readPngSize(bytes)).toEqual({ width: size, height: size });
      const png = pngjs.PNG.sync.read(bytes);
      const pixel = (x: number, y: number) => [...png.data.subarray((y * size + x) * 4, (y * size + x) * 4 + 4)];
      expect(pixel(0, 0)[3]).toBe(0);
      const body = pixel(Math.round(size * 0.12), Math.round(size * 0.85));
      expect(body).toEqual([0xc8, 0x16, 0x1d, 255]);
      const stroke = pixel(Math.floor(size * 0.5), Math.floor(size * 0.26));
      expect(stroke[0]).toBeGreaterThan(230);
      expect(stroke[1]).toBeGreaterThan(200);
    },
  );

  test('readPngSize rejects bytes that are not a PNG', () => {
    expect(readPngSize(new TextEncoder().encode('GIF89a and more bytes here'))).toBeUndefined();
  });
});
