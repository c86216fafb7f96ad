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
  tally: {
    minWidth: '56px',
    height: '52px',
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    flexShrink: 0,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground2,
  },
  tallyUnit: { fontSize: tokens.fontSizeBase100 },
  count: {
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
  },
});
