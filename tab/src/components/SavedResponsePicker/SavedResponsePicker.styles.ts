import { makeStyles, tokens } from '@fluentui/react-components';

export const useSavedResponsePickerStyles = makeStyles({
  picker: { maxWidth: '100%' },
  option: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  preview: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    maxWidth: '420px',
  },
  none: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});
