/** What shows for the moment a panel's code is still loading: words, not a blocking spinner. */
import { mergeClasses } from '@fluentui/react-components';
import { usePanelStyles } from './panel.styles';
import { useStrings } from '../i18n/useStrings';

export function PanelFallback() {
  const s = useStrings();
  const styles = usePanelStyles();
  return (
    <p className={mergeClasses(styles.muted, styles.fallback)} role="status">
      {s.panelLoading}
    </p>
  );
}
