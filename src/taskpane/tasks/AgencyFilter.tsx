/** A searchable list of agencies with their task counts, and the role the chosen agency must play. */
import { Combobox, Field, Option, Select } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { AgencyCount, RoleFilter } from '../../model';
import { ROLES, useAgencyFilterStyles } from './AgencyFilter.styles';
import { useStrings } from '../i18n/useStrings';

/** Options shown at once; typing narrows the rest. */
const MAX_OPTIONS = 200;

export interface AgencyFilterProps {
  counts: readonly AgencyCount[];
  agency: string;
  role: RoleFilter;
  onAgency: (agency: string) => void;
  onRole: (role: RoleFilter) => void;
}

export function AgencyFilter({ counts, agency, role, onAgency, onRole }: AgencyFilterProps) {
  const s = useStrings();
  const styles = useAgencyFilterStyles();
  const [query, setQuery] = useState(agency);
  const [lastAgency, setLastAgency] = useState(agency);
  // A filter cleared elsewhere ("清除筛选") empties the box too.
  if (agency !== lastAgency) {
    setLastAgency(agency);
    setQuery(agency);
  }
  const sorted = useMemo(() => [...counts].sort((a, b) => b.total - a.total || a.agency.localeCompare(b.agency, 'zh-CN')), [counts]);
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    const list = q && q !== agency.toLowerCase() ? sorted.filter((c) => c.agency.toLowerCase().includes(q)) : sorted;
    return list.slice(0, MAX_OPTIONS);
  }, [sorted, query, agency]);

  return (
    <div className={styles.row}>
      <Field label={s.agency}>
        <Combobox
          className={styles.combo}
          input={{ className: styles.comboInput }}
          listbox={{ className: styles.listbox }}
          placeholder={s.agencyPlaceholder}
          clearable
          value={query}
          selectedOptions={agency ? [agency] : []}
          onChange={(e) => {
            const next = e.target.value;
            setQuery(next);
            if (next.trim() === '') onAgency('');
          }}
          onOptionSelect={(_, data) => {
            const next = data.optionValue ?? '';
            setQuery(next);
            onAgency(next);
          }}
        >
          {matches.map((c) => (
            <Option key={c.agency} value={c.agency} text={c.agency}>
              {s.agencyOption(c.agency, c.lead, c.total)}
            </Option>
          ))}
        </Combobox>
      </Field>
      <Field label={s.role}>
        <Select value={role} disabled={!agency} onChange={(_, data) => onRole(ROLES.find((r) => r === data.value) ?? 'any')}>
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
