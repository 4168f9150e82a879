import { makeStyles, tokens } from '@fluentui/react-components';
import type { RoleFilter } from '../../model';

export const ROLES: readonly RoleFilter[] = ['any', 'lead', 'support', 'joint'];

export const useAgencyFilterStyles = makeStyles({
  row: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 7.5em)', gap: tokens.spacingHorizontalS },
  combo: { minWidth: 0, width: '100%' },
  comboInput: { minWidth: 0, width: '100%' },
  listbox: { maxHeight: '50vh' },
});
