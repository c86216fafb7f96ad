import { tokens, type GriffelStyle } from '@fluentui/react-components';

/** A page's "nothing here yet": centred, with room around it. */
export const emptyState: GriffelStyle = {
  display: 'flex',
  flexDirection: 'column',
  alignItems: 'center',
  textAlign: 'center',
  rowGap: tokens.spacingVerticalM,
  padding: `${tokens.spacingVerticalXXXL} ${tokens.spacingHorizontalL}`,
};

/** The heading of a page's "nothing here yet", and of a section inside a page. */
export const sectionTitle: GriffelStyle = {
  margin: 0,
  fontSize: tokens.fontSizeBase400,
  fontWeight: tokens.fontWeightSemibold,
};

/** A list without bullets or indent, its items stacked `rowGap` apart. */
export const plainList = (rowGap?: string): GriffelStyle => ({
  listStyleType: 'none',
  margin: 0,
  padding: 0,
  display: 'flex',
  flexDirection: 'column',
  ...(rowGap ? { rowGap } : {}),
});
