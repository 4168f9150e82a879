import { makeStyles, tokens } from '@fluentui/react-components';

export const useReceiveReportsStyles = makeStyles({
  fileInput: { maxWidth: '100%', fontSize: tokens.fontSizeBase200 },
  label: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  progress: { whiteSpace: 'pre-wrap', color: tokens.colorNeutralForeground2 },
});
