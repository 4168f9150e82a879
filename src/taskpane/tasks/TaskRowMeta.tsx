/** The lines under a task's text in the list: its agencies by role, its deadline and last update, an extension, a missing row. */
import type { LedgerRow } from '../../workbook/port';
import { useStrings } from '../i18n/useStrings';
import { agenciesByRole } from '../shared/assignmentsText';
import { DataText } from '../shared/DataText';
import { FieldText } from '../shared/FieldText';
import { MixedText } from '../shared/MixedText';
import { useTaskRowStyles } from './TaskRow.styles';

export interface TaskRowMetaProps {
  row: LedgerRow;
  /** The extension line of the row's deadline info, if it has one. */
  extension: string | null;
}

export function TaskRowMeta({ row, extension }: TaskRowMetaProps) {
  const s = useStrings();
  const styles = useTaskRowStyles();
  const roles = agenciesByRole(row.assignments);
  // One line for every agency, lead first; the task's own page lists them in full.
  const agencyParts = (
    [
      [s.lead, roles.lead],
      [s.joint, roles.joint],
      [s.support, roles.support],
    ] as const
  ).filter(([, names]) => names.length > 0);
  return (
    <div className={styles.meta}>
      <div className={styles.line}>
        {agencyParts.length === 0 ? (
          <DataText>{row.units}</DataText>
        ) : (
          agencyParts.map(([label, names], i) => (
            <span key={label}>
              {i > 0 && s.listSeparator}
              <span>
                <FieldText label={label}>{names.join('、')}</FieldText>
              </span>
            </span>
          ))
        )}
      </div>
      <div className={styles.line}>
        <span>
          {row.schedule ? (
            <FieldText label={s.deadlineLabel}>{row.schedule}</FieldText>
          ) : (
            s.field(s.deadlineLabel, s.noDeadline)
          )}
        </span>
        {' · '}
        <span>{row.updated ? <MixedText text={s.lastUpdate(row.updated, row.reporter)} /> : s.noUpdateYet}</span>
      </div>
      {extension && (
        <div className={styles.line}>
          <MixedText text={extension} />
        </div>
      )}
      {row.missing && <div className={styles.missing}>{s.missingRow}</div>}
    </div>
  );
}
