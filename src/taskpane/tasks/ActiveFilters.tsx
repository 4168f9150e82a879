/** The filters set in the drawer, shown under the section chips as chips that remove themselves when pressed. */
import { Button } from '@fluentui/react-components';
import { useStrings } from '../i18n/useStrings';
import { useActiveFiltersStyles } from './ActiveFilters.styles';
import type { Filters } from './useFilters';

interface Chip {
  key: string;
  text: string;
  remove: () => void;
}

export function ActiveFilters({ filters }: { filters: Filters }) {
  const s = useStrings();
  const styles = useActiveFiltersStyles();
  const { state, set } = filters;
  const chips: Chip[] = [];
  const keyword = state.keyword.trim();
  if (keyword) chips.push({ key: 'keyword', text: s.field(s.keyword, keyword), remove: () => set('keyword', '') });
  if (state.agency) {
    const agency = state.role === 'any' ? state.agency : `${state.agency} · ${s.roles[state.role]}`;
    chips.push({
      key: 'agency',
      text: s.field(s.agency, agency),
      remove: () => {
        set('agency', '');
        set('role', 'any');
      },
    });
  }
  if (state.status)
    chips.push({
      key: 'status',
      text: s.field(s.status, s.statusNames[state.status]),
      remove: () => set('status', ''),
    });
  if (state.deadline !== 'all') {
    const text = state.deadline === 'overdue' ? s.overdueOnly : s.dueSoonOnly;
    chips.push({ key: 'deadline', text: s.field(s.deadlineFilter, text), remove: () => set('deadline', 'all') });
  }
  if (chips.length === 0) return null;
  return (
    <div role="group" aria-label={s.activeFilters} className={styles.chips}>
      {chips.map((chip) => (
        <Button
          key={chip.key}
          className={styles.chip}
          size="small"
          shape="circular"
          appearance="outline"
          aria-label={s.removeFilter(chip.text)}
          onClick={chip.remove}
        >
          <span className={styles.text}>{chip.text}</span>
          <span aria-hidden="true" className={styles.x}>
            ×
          </span>
        </Button>
      ))}
    </div>
  );
}
