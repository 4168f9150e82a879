import { makeStyles, tokens } from '@fluentui/react-components';

export const useSummaryPanelStyles = makeStyles({
  notice: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: 'anywhere',
    lineHeight: tokens.lineHeightBase400,
  },
  /** Numbers take the width their header needs (`Due soon` on one line); the section's name takes the rest and wraps. */
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    tableLayout: 'auto',
    fontSize: tokens.fontSizeBase200,
    '& th, & td': {
      textAlign: 'right',
      paddingTop: tokens.spacingVerticalXXS,
      paddingBottom: tokens.spacingVerticalXXS,
      paddingLeft: tokens.spacingHorizontalS,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      verticalAlign: 'top',
    },
    '& th:first-child, & td:first-child': { textAlign: 'left', paddingLeft: 0, overflowWrap: 'anywhere' },
  },
  num: { whiteSpace: 'nowrap', width: '1%' },
  caption: { textAlign: 'left' },
});
