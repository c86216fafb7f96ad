import { makeStyles, tokens } from '@fluentui/react-components';

export const useClassificationFormStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  scores: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  /** Five radios in a row, wrapping where the drawer is narrow (Teams mobile). */
  scale: { flexWrap: 'wrap' },
  priority: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});
