import {
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useTranslator } from '../app/translation';
import type { ConfigPageProps } from './useConfigPage';
import { useConfigPage } from './useConfigPage';

export const useConfigPageStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

/**
 * The configuration page of a team tab: which board the tab opens. The team's own board is opened (created the
 * first time) and preselected; the tenant-wide board and others stay a click away.
 */
export function ConfigPage(props: ConfigPageProps) {
  const styles = useConfigPageStyles();
  const { t } = useTranslator();
  const { boards, problem, chosen, setChosen } = useConfigPage(props);

  return (
    <main className={styles.root}>
      <h1 className={styles.title}>
        {/* A group chat or a meeting has no team: it shows one of the tenant's boards, the whole organisation's first. */}
        {props.host.teamId || !(props.host.meetingId || props.host.chatId)
          ? props.host.teamName
            ? t('board.config.title', { team: props.host.teamName })
            : t('board.config.title.thisTeam')
          : t(props.host.meetingId ? 'meeting.config.meeting' : 'meeting.config.chat')}
      </h1>
      <Text>{t('board.config.intro')}</Text>
      {problem && (
        <MessageBar intent="error">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {!boards && (
        <Spinner
          label={props.host.teamId ? t('board.config.openingTeamBoard') : t('board.config.loadingBoards')}
        />
      )}
      {boards && boards.length > 0 && (
        <Field label={t('board.config.board')}>
          <RadioGroup value={chosen ?? ''} onChange={(_, data) => setChosen(data.value)}>
            {boards.map((board) => (
              <Radio
                key={board.id}
                value={board.id}
                label={
                  board.isDefault
                    ? t('board.config.board.wholeOrganisation', { name: board.name })
                    : board.teamId === props.host.teamId
                      ? t('board.config.board.thisTeam', { name: board.name })
                      : board.name
                }
              />
            ))}
          </RadioGroup>
        </Field>
      )}
    </main>
  );
}
