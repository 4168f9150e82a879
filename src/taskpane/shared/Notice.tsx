/**
 * A message on the first screen (preview note, read errors), styled like Fluent's MessageBar from theme tokens;
 * the lazily loaded panels use MessageBar itself. The intent is said in words by the text, never by colour alone.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: 'anywhere',
    minWidth: 0,
  },
  info: { backgroundColor: tokens.colorNeutralBackground3, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, color: tokens.colorNeutralForeground1 },
  warning: {
    backgroundColor: tokens.colorPaletteDarkOrangeBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteDarkOrangeBorder1}`,
    color: tokens.colorNeutralForeground1,
  },
  error: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder1}`,
    color: tokens.colorNeutralForeground1,
  },
  body: { flexGrow: 1, flexBasis: '12em', minWidth: 0 },
  title: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
});

export interface NoticeProps {
  intent: 'info' | 'warning' | 'error';
  title?: string;
  children?: ReactNode;
  action?: ReactNode;
}

export function Notice({ intent, title, children, action }: NoticeProps) {
  const styles = useStyles();
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
