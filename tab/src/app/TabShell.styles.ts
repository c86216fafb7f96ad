import { makeStyles, tokens } from '@fluentui/react-components';

export const useTabShellStyles = makeStyles({
  root: {
    height: '100vh',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  // Off screen until focused: the first Tab stop, so keyboard users can go straight past the header and filters.
  skipLink: {
    position: 'absolute',
    left: tokens.spacingHorizontalM,
    top: '-100px',
    zIndex: 10,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForegroundLink,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus': { top: tokens.spacingVerticalS },
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    '@media (max-width: 600px)': { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
  },
  heading: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  title: {
    margin: 0,
    '@media (max-width: 600px)': { fontSize: tokens.fontSizeBase400 },
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase500,
  },
  boardName: { color: tokens.colorNeutralForeground2, '@media (max-width: 600px)': { display: 'none' } },
  // On a phone, who is signed in gives its line to the ideas; Switch person stays.
  signedIn: { '@media (max-width: 600px)': { display: 'none' } },
  // The pages sit beside the name on a wide tab; on a phone they take a row of their own, under it.
  nav: {
    flexGrow: 1,
    minWidth: 0,
    '@media (max-width: 600px)': { order: 1, flexBasis: '100%' },
  },
  boardPicker: { minWidth: '160px', maxWidth: '260px' },
  person: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  actions: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    ':empty': { display: 'none' },
  },
  page: { flexGrow: 1, minHeight: 0, display: 'flex', flexDirection: 'column' },
  pending: { display: 'flex', justifyContent: 'center', padding: tokens.spacingVerticalXXXL },
  message: { margin: tokens.spacingHorizontalM },
});
