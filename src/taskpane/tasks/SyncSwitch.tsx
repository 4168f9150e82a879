/** 同步筛选到表格: only panes inside Excel show it, so it loads with the workbook, not with the first screen. */
import { Switch } from '@fluentui/react-components';
import { useStrings } from '../i18n/useStrings';

export interface SyncSwitchProps {
  checked: boolean;
  onChange: (on: boolean) => void;
}

export function SyncSwitch({ checked, onChange }: SyncSwitchProps) {
  const s = useStrings();
  return (
    <Switch checked={checked} label={s.syncToSheet} title={s.syncHint} onChange={(_, data) => onChange(data.checked)} />
  );
}
