import { makeStaticStyles, makeStyles, tokens } from '@fluentui/react-components';

/** The pane fills its frame edge to edge: the page scrolls inside, never the body around it. */
export const useGlobalStyles = makeStaticStyles({ 'html, body': { margin: 0, padding: 0, overflow: 'hidden' } });

export const useAppStyles = makeStyles({
  page: {
    height: '100vh',
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
    overflow: 'hidden',
  },
  /** The one scroll area: everything below the header, the virtualised list included. */
  scroller: {
    flexGrow: 1,
    minHeight: 0,
    minWidth: 0,
    overflowY: 'auto',
    overflowX: 'hidden',
    position: 'relative',
  },
  above: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  listTools: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    minWidth: 0,
  },
  count: {
    margin: 0,
    paddingTop: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    paddingBottom: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  message: {
    paddingTop: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
  },
  empty: {
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalS,
  },
  issueList: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});
