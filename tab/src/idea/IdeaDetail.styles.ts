import { makeStyles, tokens } from '@fluentui/react-components';
import { plainList, sectionTitle } from '../shared/styles';

export const useIdeaDetailStyles = makeStyles({
  drawer: { width: 'min(560px, 100vw)' },
  body: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    paddingBottom: tokens.spacingVerticalXXL,
  },
  title: { overflowWrap: 'anywhere' },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  description: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  sectionTitle,
  list: plainList(tokens.spacingVerticalS),
  entry: {
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  entryText: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  byline: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  linkBox: { width: '100%' },
});
