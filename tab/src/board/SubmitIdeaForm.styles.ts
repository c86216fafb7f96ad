import { makeStyles, tokens } from '@fluentui/react-components';

export const useSubmitIdeaFormStyles = makeStyles({
  surface: { maxWidth: 'min(640px, calc(100vw - 16px))' },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  similar: {
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  similarTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  similarList: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  similarItem: { overflowWrap: 'anywhere' },
});
