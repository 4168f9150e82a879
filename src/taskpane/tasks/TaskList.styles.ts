import { makeStyles } from '@fluentui/react-components';

export const useTaskListStyles = makeStyles({
  /** The rows' box; its height (the virtualiser's total) is the one value set per render. */
  list: { position: 'relative', width: '100%' },
});
