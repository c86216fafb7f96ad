import { makeStyles, tokens } from '@fluentui/react-components';

export const useVoteButtonStyles = makeStyles({
  compact: {
    minWidth: '56px',
    height: '52px',
    flexDirection: 'column',
    rowGap: '0',
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
  },
  count: {
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
  },
});
