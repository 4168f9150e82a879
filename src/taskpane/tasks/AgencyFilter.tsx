/** A searchable list of agencies with their task counts (by name, alias or part of either), and the role the chosen agency must play. */
import { Combobox, Field, Option, Select } from '@fluentui/react-components';
import type { AgencyAliases, AgencyCount, RoleFilter } from '../../model';
import { useStrings } from '../i18n/useStrings';
import { ROLES, useAgencyFilterStyles } from './AgencyFilter.styles';
import { useAgencySearch } from './useAgencySearch';
import { MixedText } from '../shared/MixedText';

export interface AgencyFilterProps {
  counts: readonly AgencyCount[];
  /** The workbook's AgencyAliases: their spellings find the agency too. */
  aliases: AgencyAliases;
  agency: string;
  role: RoleFilter;
  onAgency: (agency: string) => void;
  onRole: (role: RoleFilter) => void;
}

export function AgencyFilter({ counts, aliases, agency, role, onAgency, onRole }: AgencyFilterProps) {
  const s = useStrings();
  const styles = useAgencyFilterStyles();
  const search = useAgencySearch(counts, aliases, agency, onAgency);

  return (
    <div className={styles.row}>
      <Field
        label={s.agency}
        {...(search.noMatch ? { validationState: 'warning' as const, validationMessage: s.noAgencyMatch } : {})}
      >
        <Combobox
          className={styles.combo}
          input={{ className: styles.comboInput }}
          listbox={{ className: styles.listbox }}
          // The input opens the list (Alt+↓, typing): the chevron is for the mouse, out of the Tab order, named in the pane's language.
          expandIcon={{ 'aria-label': s.openAgencyList, tabIndex: -1 }}
          placeholder={s.agencyPlaceholder}
          clearable
          value={search.query}
          open={search.open}
          onOpenChange={(_, data) => search.setOpen(data.open)}
          selectedOptions={agency ? [agency] : []}
          onChange={(e) => search.type(e.target.value)}
          onOptionSelect={(e, data) => search.choose(data.optionValue, e.type === 'click' || e.type === 'mousedown')}
        >
          {search.options.map((c) => (
            <Option key={c.agency} value={c.agency} text={c.agency}>
              <MixedText text={s.agencyOption(c.agency, c.lead, c.total)} />
            </Option>
          ))}
          {search.noMatch && <div className={styles.empty}>{s.noAgencyMatch}</div>}
        </Combobox>
      </Field>
      <Field label={s.role}>
        <Select
          value={role}
          disabled={!agency}
          onChange={(_, data) => onRole(ROLES.find((r) => r === data.value) ?? 'any')}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {s.roles[r]}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
