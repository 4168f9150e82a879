/**
 * A message on the first screen (preview note, read errors), styled like Fluent's MessageBar from theme tokens;
 * the lazily loaded panels use MessageBar itself. The intent is said in words by the text, never by colour alone.
 */
import { mergeClasses } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useNoticeStyles } from './Notice.styles';

export interface NoticeProps {
  intent: 'info' | 'warning' | 'error';
  title?: string;
  children?: ReactNode;
  action?: ReactNode;
}

export function Notice({ intent, title, children, action }: NoticeProps) {
  const styles = useNoticeStyles();
  return (
    <div role={intent === 'error' ? 'alert' : 'note'} className={mergeClasses(styles.root, styles[intent])}>
      <div className={styles.body}>
        {title && <span className={styles.title}>{title}</span>}
        {children}
      </div>
      {action}
    </div>
  );
}
