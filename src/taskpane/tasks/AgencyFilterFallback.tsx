/** The agency filter's place while its Combobox loads: same labels and size, disabled, so nothing jumps. */
import { Field, Input, Select } from '@fluentui/react-components';
import { useAgencyFilterStyles } from './AgencyFilter.styles';
import { useStrings } from '../i18n/useStrings';

export function AgencyFilterFallback() {
  const s = useStrings();
  const styles = useAgencyFilterStyles();
  return (
    <div className={styles.row}>
      <Field label={s.agency}>
        <Input className={styles.combo} disabled placeholder={s.panelLoading} />
      </Field>
      <Field label={s.role}>
        <Select disabled value="any">
          <option value="any">{s.roles.any}</option>
        </Select>
      </Field>
    </div>
  );
}
