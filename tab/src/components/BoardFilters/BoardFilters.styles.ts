import { makeStyles, tokens } from '@fluentui/react-components';

export const useBoardFiltersStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  search: {
    flexGrow: 1,
    minWidth: '180px',
    maxWidth: '420px',
    '@media (max-width: 600px)': { flexBasis: '100%', maxWidth: 'none' },
  },
  // At Teams mobile widths the choices share rows two by two instead of each taking a line.
  dropdown: { minWidth: '140px', '@media (max-width: 600px)': { flex: '1 1 40%', minWidth: 0 } },
  toggle: { '@media (max-width: 600px)': { flex: '1 1 20%', minWidth: 0 } },
});
