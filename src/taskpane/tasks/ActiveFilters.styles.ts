import { makeStyles, tokens } from '@fluentui/react-components';

export const useActiveFiltersStyles = makeStyles({
  chips: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  chip: {
    minWidth: 0,
    maxWidth: '100%',
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightRegular,
  },
  text: { minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  x: { marginLeft: tokens.spacingHorizontalXS, fontSize: tokens.fontSizeBase400, lineHeight: '1' },
});
