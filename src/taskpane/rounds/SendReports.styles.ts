import { makeStyles, tokens } from '@fluentui/react-components';

export const useSendReportsStyles = makeStyles({
  agencies: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
    padding: tokens.spacingHorizontalXS,
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
  },
});
