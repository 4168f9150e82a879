/** The two badges every task carries: its status and its deadline, each in words as well as colour. */
import { Badge } from '@fluentui/react-components';
import type { Status } from '../../model';
import type { DeadlineInfo } from './deadlineInfo';
import { useStrings } from '../i18n/useStrings';

const STATUS_COLOR: Record<Status, 'success' | 'brand' | 'danger' | 'subtle'> = {
  已完成: 'success',
  推进中: 'brand',
  滞后: 'danger',
  未启动: 'subtle',
};

export function StatusBadge({ status }: { status: Status }) {
  const s = useStrings();
  return (
    <Badge appearance="tint" shape="rounded" color={STATUS_COLOR[status]} data-status={status}>
      {s.statusNames[status]}
    </Badge>
  );
}

export function DeadlineBadge({ info }: { info: DeadlineInfo }) {
  return (
    <Badge
      appearance={info.tone === 'danger' ? 'filled' : 'tint'}
      shape="rounded"
      color={info.tone}
      data-tone={info.tone}
    >
      {info.label}
    </Badge>
  );
}
