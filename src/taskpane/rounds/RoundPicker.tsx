/** The round picker: loading, the rounds (the chosen or newest one selected), or none yet. */
import { Field, Select } from '@fluentui/react-components';
import { useStrings } from '../i18n/useStrings';
import { DATA_LANG } from '../shared/DataText';
import { usePanelStyles } from '../shared/panel.styles';
import type { RoundsPanelState } from './RoundsPanel.types';
import { useRoundsStrings } from './useRoundsStrings';

export type RoundPickerProps = Pick<RoundsPanelState, 'rounds' | 'record' | 'setChosenId'>;

export function RoundPicker({ rounds, record, setChosenId }: RoundPickerProps) {
  const base = useStrings();
  const s = useRoundsStrings();
  const styles = usePanelStyles();
  const records = rounds.records;
  if (rounds.loading && records.length === 0)
    return (
      <p className={styles.muted} role="status">
        {base.loading}
      </p>
    );
  if (!record) return <p className={styles.muted}>{s.noRounds}</p>;
  return (
    <Field label={s.chooseRound}>
      <Select value={record.round.id} onChange={(_, d) => setChosenId(d.value)}>
        {records.map((r) => (
          <option key={r.round.id} value={r.round.id} lang={DATA_LANG}>
            {s.roundOption(r.round.name, r.round.dueDate)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
