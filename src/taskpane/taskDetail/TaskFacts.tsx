/** What the ledger says about one task, under its text: agencies by role, schedule and deadline, extension, progress, last update. */
import type { LedgerRow } from '../../workbook/port';
import { useStrings } from '../i18n/useStrings';
import { agenciesByRole } from '../shared/assignmentsText';
import type { DeadlineInfo } from '../shared/deadlineInfo';
import { FieldText } from '../shared/FieldText';
import { MixedText } from '../shared/MixedText';
import { usePanelStyles } from '../shared/panel.styles';

export interface TaskFactsProps {
  row: LedgerRow;
  info: DeadlineInfo;
}

export function TaskFacts({ row, info }: TaskFactsProps) {
  const s = useStrings();
  const styles = usePanelStyles();
  const roles = agenciesByRole(row.assignments);
  const byRole = [
    [s.lead, roles.lead],
    [s.joint, roles.joint],
    [s.support, roles.support],
  ] as const;
  return (
    <div className={styles.muted}>
      <div>
        <FieldText label={s.units}>{row.units}</FieldText>
      </div>
      {byRole.map(([label, names]) =>
        names.length > 0 ? (
          <div key={label}>
            <FieldText label={label}>{names.join('、')}</FieldText>
          </div>
        ) : null,
      )}
      <div>
        <FieldText label={s.schedule}>{row.schedule}</FieldText>
        {info.deadline ? ` (${info.deadline})` : ''}
      </div>
      {info.extension && (
        <div>
          <MixedText text={info.extension} />
        </div>
      )}
      {row.progress && (
        <div>
          <FieldText label={s.progress}>{row.progress}</FieldText>
        </div>
      )}
      <div>{row.updated ? <MixedText text={s.lastUpdate(row.updated, row.reporter)} /> : s.noUpdateYet}</div>
      {row.missing && <div>{s.missingRow}</div>}
    </div>
  );
}
