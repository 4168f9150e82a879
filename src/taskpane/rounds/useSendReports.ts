/** The state of sending a round: which agencies are picked (all at first), their task counts, and the send action. */
import { useMemo, useState } from 'react';
import { tasksForAgency } from '../../reports';
import { errorText } from '../shared/errorText';
import { useAsyncAction } from '../shared/useAsyncAction';
import { useStrings } from '../i18n/useStrings';
import type { RoundOutcome } from './RoundsPanel.types';
import { sendReportFiles } from './sendReportFiles';
import type { SendReportsProps } from './SendReports.types';
import { useRoundsStrings } from './useRoundsStrings';

export function useSendReports({ port, rows, round, recipients, groups, download }: SendReportsProps) {
  const agencies = recipients.units;
  const { locale } = useStrings();
  const s = useRoundsStrings();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(agencies));
  const send = useAsyncAction<RoundOutcome>((e) => ({ kind: 'error', text: s.sendFailed(errorText(e, locale)) }));
  const picked = agencies.filter((a) => chosen.has(a));
  const notSent = recipients.groups.length + recipients.unlisted.length + recipients.unspecified.length;
  const counts = useMemo(
    () => new Map(agencies.map((a) => [a, tasksForAgency(rows, a, {}, groups).length])),
    [agencies, rows, groups],
  );

  const toggle = (agency: string, on: boolean) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(agency);
      else next.delete(agency);
      return next;
    });

  const sendPicked = () =>
    void send.run(async (): Promise<RoundOutcome> => {
      if (picked.length === 0) return { kind: 'error', text: s.pickAgency };
      const sent = await sendReportFiles({ port, rows, round, agencies: picked, groups, download });
      return { kind: 'ok', text: sent.kind === 'one' ? s.sentOne(sent.file) : s.sentZip(sent.file, sent.agencies) };
    });

  return {
    agencies,
    chosen,
    picked,
    notSent,
    counts,
    toggle,
    selectAll: () => setChosen(new Set(agencies)),
    selectNone: () => setChosen(new Set()),
    send,
    sendPicked,
  };
}
