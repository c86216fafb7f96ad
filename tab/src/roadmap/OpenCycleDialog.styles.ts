import { makeStyles, tokens } from '@fluentui/react-components';

export const useOpenCycleDialogStyles = makeStyles({
  opener: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  muted: { color: tokens.colorNeutralForeground2 },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  days: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(160px, 1fr))',
    gap: tokens.spacingHorizontalM,
    // A hint that wraps in one column must not stretch the inputs beside it.
    alignItems: 'start',
  },
  numbers: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))',
    gap: tokens.spacingHorizontalM,
    // A hint that wraps in one column must not stretch the inputs beside it.
    alignItems: 'start',
  },
});
