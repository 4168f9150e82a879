/**
 * parseSchedule over 5 MB inputs: the deadline still read right, in bounded CPU time. Timed, so it runs in
 * `npm run test:slow` (CI), never in `npm test`.
 */
import { describe, expect, test } from 'vitest';
import { parseSchedule } from '../../src/model/parseSchedule';

describe('parseSchedule: 5 MB input', () => {
  const size = 5 * 1024 * 1024;
  const fill = (unit: string): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

  test.each([
    ['seed-like text', fill('2015年8月底前出台具体政策。持续实施。'), '2015-08-31'],
    ['one deadline then a long deliverable', `2015年底前${fill('出台具体措施')}`, '2015-12-31'],
    ['only 年', fill('年'), null],
    ['only digits', fill('2'), null],
    ['ambiguous phrases', fill('年底前'), null],
    ['yearless months', fill('1月'), null],
    [
      'random BMP text',
      Array.from({ length: size }, (_, k) => String.fromCharCode((k * 7919) % 0xd7ff)).join(''),
      null,
    ],
  ])('%s completes quickly (linear time)', (_label, text, deadline) => {
    // CPU time, not wall time: the machine running the suite may be shared.
    const started = process.cpuUsage();
    const info = parseSchedule(text);
    const cpuMs = process.cpuUsage(started).user / 1000;
    expect(info.deadline).toBe(deadline);
    // Measured at 0.1–1.2 s of CPU for these inputs; a quadratic scan of 5 MB would take hours.
    expect(cpuMs).toBeLessThan(5_000);
  });
});
