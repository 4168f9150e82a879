/**
 * Before the load: which of the source grid's own columns (进展情况, 备注…) will be written into the ledger, and where
 * each goes. Their headers are the table's own words, marked as Chinese in a pane that is not.
 */
import type { CarriedColumn } from '../../documents/carriedColumns';
import { useStrings } from '../i18n/useStrings';
import { MixedText } from '../shared/MixedText';
import { usePanelStyles } from '../shared/panel.styles';
import { importSourcesStrings } from './importSourcesStrings';
import { importStrings } from './importStrings';

export function CarriedColumnsNote({ carried }: { carried: readonly CarriedColumn[] }) {
  const { locale } = useStrings();
  const styles = usePanelStyles();
  if (carried.length === 0) return null;
  const s = importSourcesStrings(locale);
  const columns = carried.map((c) => s.carriedTarget(c.header, c.target)).join(importStrings(locale).listSeparator);
  return (
    <p className={styles.muted}>
      <MixedText text={s.carriedNote(columns)} />
    </p>
  );
}
