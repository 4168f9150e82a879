/**
 * One column's role picker in the column mapping: the column's header and an example cell as the hint, the role, and
 * the column's likeliest reading with a one-click switch to the other one.
 */
import { Button, Field, Select } from '@fluentui/react-components';
import { COLUMN_ROLES, type ColumnReading, type ColumnRole } from '../../model';
import { MixedText } from '../shared/MixedText';
import { useImportPreviewStyles } from './ImportPreview.styles';
import type { ImportStrings } from './importStrings';

export interface ColumnRolePickerProps {
  /** The column's index (0 for the first). */
  index: number;
  role: ColumnRole;
  header: string | null | undefined;
  /** An example cell ('' when none). */
  sample: string;
  reading: ColumnReading | undefined;
  s: ImportStrings;
  onRole: (role: ColumnRole) => void;
}

/** The role a column can switch to in one click: the reading it does not have now. */
function otherReading(reading: ColumnReading | undefined, role: ColumnRole): ColumnRole | null {
  if (!reading) return null;
  const other = reading.role === role ? reading.runnerUp : reading.role;
  return other !== null && other !== role ? other : null;
}

export function ColumnRolePicker({ index, role, header, sample, reading, s, onRole }: ColumnRolePickerProps) {
  const styles = useImportPreviewStyles();
  const other = otherReading(reading, role);
  // A reading is worth showing when there is another one to weigh (or the column's role is not its best reading).
  const weighed = reading && (reading.runnerUp !== null || reading.role !== role);
  const readingText = weighed
    ? s.columnReading(s.role[reading.role], reading.runnerUp ? s.role[reading.runnerUp] : null)
    : '';
  const hint = [header ? s.columnHeader(header) : '', sample ? s.columnSample(sample) : ''].filter(Boolean).join(' · ');
  return (
    <div className={styles.picker}>
      <Field
        orientation="horizontal"
        size="small"
        label={s.columnLabel(index + 1)}
        hint={hint ? <MixedText text={hint} /> : null}
      >
        <Select size="small" value={role} onChange={(_, d) => onRole(COLUMN_ROLES.find((c) => c === d.value) ?? role)}>
          {COLUMN_ROLES.map((option) => (
            <option key={option} value={option}>
              {s.role[option]}
            </option>
          ))}
        </Select>
      </Field>
      {(readingText || other) && (
        <div className={styles.reading}>
          {readingText && <span className={styles.term}>{readingText}</span>}
          {other && (
            <Button
              size="small"
              appearance="subtle"
              aria-label={s.switchRoleLabel(index + 1, s.role[other])}
              onClick={() => onRole(other)}
            >
              {s.switchRole(s.role[other])}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
