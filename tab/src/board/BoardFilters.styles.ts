import { makeStyles, tokens } from '@fluentui/react-components';

export const useBoardFiltersStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    '@media (max-width: 600px)': {
      flexWrap: 'nowrap',
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    },
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  search: {
    flexGrow: 1,
    minWidth: '180px',
    maxWidth: '420px',
    '@media (max-width: 600px)': { minWidth: 0, maxWidth: 'none' },
  },
  filtersButton: { flexShrink: 0 },
  sheet: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    rowGap: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalXL,
  },
  // At Teams mobile widths the choices share rows two by two instead of each taking a line.
  dropdown: { minWidth: '140px' },
  toggle: {},
});
