/** The year for year-less deadlines, asked in the import preview when neither the title nor the document gave one. */
import { Field, Input } from '@fluentui/react-components';
import type { YearFieldState } from './ImportPanel.types';
import { useImportPreviewStyles } from './ImportPreview.styles';
import type { ImportStrings } from './importStrings';

export function YearField({ year, is }: { year: YearFieldState; is: ImportStrings }) {
  const styles = useImportPreviewStyles();
  return (
    <Field
      label={is.yearLabel}
      hint={is.yearHint}
      validationState={year.parsed !== undefined ? 'success' : year.valid ? 'none' : 'error'}
      validationMessage={year.parsed !== undefined ? is.yearApplied(year.parsed) : year.valid ? null : is.yearInvalid}
    >
      <Input
        className={styles.yearField}
        inputMode="numeric"
        value={year.value}
        onChange={(_, d) => year.set(d.value)}
      />
    </Field>
  );
}
