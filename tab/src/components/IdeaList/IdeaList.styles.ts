import { makeStyles, tokens } from '@fluentui/react-components';

export const useIdeaListStyles = makeStyles({
  scroller: {
    flexGrow: 1,
    minHeight: 0,
    overflowY: 'auto',
    overscrollBehavior: 'contain',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  feed: { position: 'relative', width: '100%' },
  row: { position: 'absolute', top: 0, left: 0, width: '100%' },
  more: { display: 'flex', justifyContent: 'center', padding: tokens.spacingVerticalM },
});
