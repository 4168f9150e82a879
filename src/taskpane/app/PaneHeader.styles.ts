import { makeStyles, tokens } from '@fluentui/react-components';

export const usePaneHeaderStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
    flexShrink: 0,
  },
  /** The product's name for screen readers and the page outline; the tabs say where you are. */
  title: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
    border: 0,
  },
  tools: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXS,
    marginLeft: 'auto',
  },
  tool: {
    minWidth: 'auto',
    paddingLeft: tokens.spacingHorizontalSNudge,
    paddingRight: tokens.spacingHorizontalSNudge,
    whiteSpace: 'nowrap',
  },
  activeTool: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
});
