/**
 * A report request with every text the workbook will hold made writable as XML (see `xmlSafeText`): done
 * once, before anything is written or signed, so the file, its signature and its text hashes agree.
 */
import { xmlSafeText } from '../model';
import type { ReportRequest } from './types';

/**
 * The request with U+FFFE, U+FFFF, lone surrogates and C0 controls (but tab, LF, CR) removed from its texts.
 * @example xmlSafeRequest(request).tasks[0].text // '推进\uFFFF项目' → '推进项目'
 */
export function xmlSafeRequest(request: ReportRequest): ReportRequest {
  return {
    ...request,
    round: { ...request.round, name: xmlSafeText(request.round.name) },
    agency: xmlSafeText(request.agency),
    tasks: request.tasks.map((t) => ({
      ...t,
      text: xmlSafeText(t.text),
      lastProgress: xmlSafeText(t.lastProgress),
      ...(t.schedule === undefined ? {} : { schedule: xmlSafeText(t.schedule) }),
    })),
  };
}
