import { makeStyles, tokens } from '@fluentui/react-components';
import { emptyState, sectionTitle } from '../shared/styles';

export const useBoardPageStyles = makeStyles({
  // Fills what the tab's header leaves; the list inside scrolls, not the page.
  root: {
    flexGrow: 1,
    minHeight: 0,
    height: '100%',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  toolbar: {
    display: 'flex',
    justifyContent: 'flex-end',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  main: { flexGrow: 1, minHeight: 0, display: 'flex', flexDirection: 'column', position: 'relative' },
  refreshing: { position: 'absolute', top: 0, left: 0, right: 0, zIndex: 1 },
  message: { margin: tokens.spacingHorizontalM },
  count: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  empty: emptyState,
  emptyTitle: sectionTitle,
  skeletonRow: {
    display: 'grid',
    gridTemplateColumns: '56px 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  skeletonVote: { gridRow: 'span 2', height: '52px' },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});
