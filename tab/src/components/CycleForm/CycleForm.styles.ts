import { makeStyles, tokens } from '@fluentui/react-components';

export const useCycleFormStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});
