import { makeStyles, tokens } from '@fluentui/react-components';

/** The import sources: a drop zone around the buttons, and a table picker that never widens the pane. */
export const useImportSourcesStyles = makeStyles({
  // The sources sit inside the import panel: no second padding.
  section: { padding: 0 },
  drop: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  dragging: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  hidden: { display: 'none' },
  // A long table label must not widen the pane (320 px): the native select truncates it.
  select: { width: '100%', minWidth: 0, maxWidth: '100%' },
});
