import { makeStyles, tokens } from '@fluentui/react-components';

export const useMergeFormStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  option: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  optionTitle: { overflowWrap: 'anywhere' },
  optionMeta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  listbox: { maxHeight: '320px' },
});
