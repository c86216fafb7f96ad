import { makeStyles, tokens } from '@fluentui/react-components';

const PHONE = '@media (max-width: 600px)';

export const useCycleBannerStyles = makeStyles({
  // A band in the brand's background tint, so the cycle reads as news about the board, not as one more idea.
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
    [PHONE]: {
      flexWrap: 'nowrap',
      columnGap: tokens.spacingHorizontalS,
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    },
  },
  icon: { flexShrink: 0, color: tokens.colorBrandForeground2, [PHONE]: { display: 'none' } },
  text: { flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column', rowGap: '2px' },
  titleLine: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  name: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  badge: { flexShrink: 0 },
  details: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  // On a phone the idea count is on the button already, and the shortlist's size is in its label.
  wideOnly: { [PHONE]: { display: 'none' } },
  actions: { display: 'flex', flexShrink: 0, columnGap: tokens.spacingHorizontalS },
});
