/** What shows for the moment a panel's code is still loading: words, not a blocking spinner. */
import { usePanelStyles } from './panel.styles';
import { useStrings } from '../i18n/useStrings';

export function PanelFallback() {
  const s = useStrings();
  const styles = usePanelStyles();
  return (
    <p className={styles.muted} role="status" style={{ padding: '8px 12px' }}>
      {s.panelLoading}
    </p>
  );
}
