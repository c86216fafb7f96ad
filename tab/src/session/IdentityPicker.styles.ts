import { makeStyles, tokens } from '@fluentui/react-components';
import { plainList } from '../shared/styles';

export const useIdentityPickerStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  card: { width: 'min(480px, 100%)' },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  people: plainList(tokens.spacingVerticalS),
  person: {
    width: '100%',
    justifyContent: 'flex-start',
    columnGap: tokens.spacingHorizontalM,
    padding: tokens.spacingVerticalS,
  },
  personText: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', textAlign: 'start' },
  role: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightRegular },
});
