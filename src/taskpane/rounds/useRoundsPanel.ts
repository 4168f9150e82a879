/**
 * The rounds panel's state: the round table (the workbook's, or the page's sample one outside Excel), the round
 * chosen, who gets a file, and starting a round (createRound, then port.saveRound).
 */
import { useMemo, useState } from 'react';
import { addDays, type AgencyGroups } from '../../model';
import { createRound, reportAgencies, sendList } from '../../reports';
import { errorText } from '../shared/errorText';
import { refusalText } from '../shared/refusalText';
import { useAsyncAction } from '../shared/useAsyncAction';
import { useStrings } from '../i18n/useStrings';
import { defaultRoundName } from './defaultRoundName';
import { createPreviewRounds } from './previewRounds';
import type { RoundOutcome, RoundsPanelProps, RoundsPanelState } from './RoundsPanel.types';
import { useRounds } from './useRounds';
import { useRoundsStrings } from './useRoundsStrings';

const systemNow = () => new Date().toISOString();
const NO_GROUPS: AgencyGroups = {};

export function useRoundsPanel({
  port,
  rows,
  groups = NO_GROUPS,
  asOf,
  now = systemNow,
}: RoundsPanelProps): RoundsPanelState {
  const { locale } = useStrings();
  const s = useRoundsStrings();
  // Outside Excel the rounds live in this page (a sample round to try); inside, in the workbook's 填报轮次 table.
  const [preview] = useState(() => (port ? null : createPreviewRounds()));
  const store = port ?? preview;
  const rounds = useRounds(store);
  const [name, setName] = useState(() => defaultRoundName(asOf));
  const [due, setDue] = useState<string>(() => addDays(asOf, 7));
  const [chosenId, setChosenId] = useState<string | null>(null);
  const start = useAsyncAction<RoundOutcome>((e) => ({ kind: 'error', text: s.roundFailed(errorText(e, locale)) }));
  // Tasks a reload marked 已移除 are no longer anyone's to report on: not sent, not chased (returned files may still name them).
  const live = useMemo(() => rows.filter((r) => !r.missing), [rows]);
  // Only units receive a file: groups go to their listed members, unspecified names to no one (shown apart).
  const recipients = useMemo(() => sendList(reportAgencies(live), groups), [live, groups]);
  const records = rounds.records;
  const record = records.find((r) => r.round.id === chosenId) ?? records[records.length - 1];

  const startRound = () =>
    void start.run(async (): Promise<RoundOutcome | null> => {
      const created = createRound(
        name,
        due,
        now(),
        records.map((r) => r.round),
      );
      if (!created.ok) return { kind: 'error', text: s.roundFailed(s.roundRefused(created.problem)) };
      if (!store) return null;
      const saved = await store.saveRound(created.round);
      if (!saved.ok) return { kind: 'error', text: s.roundFailed(refusalText(saved, locale)) };
      await rounds.reload();
      setChosenId(created.round.id);
      const started = port ? s.roundStarted(created.round.name) : s.previewRoundStarted(created.round.name);
      return { kind: 'ok', text: started };
    });

  return {
    store,
    rounds,
    record,
    setChosenId,
    live,
    recipients,
    groups,
    name,
    setName,
    due,
    setDue,
    start,
    startRound,
  };
}
