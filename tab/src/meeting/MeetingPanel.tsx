import { useEffect, useRef } from 'react';
import {
  Badge,
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  ToggleButton,
} from '@fluentui/react-components';
import {
  ArrowCircleUp20Filled,
  ArrowCircleUp20Regular,
  ArrowClockwise20Regular,
} from '@fluentui/react-icons';
import { teamsDeepLink, type CycleView } from '@ideabar/core';
import { takesVotes } from '@ideabar/core/workflow';
import { safeLocale } from '../app/safeLocale';
import { useTranslator } from '../app/translation';
import { closingOf, untilText } from '../shared/cycleText';
import { useIdea, type IdeaStore } from '../shared/ideaStore';
import { dateText } from '../shared/ideaText';
import type { HostContext } from '../teams/hostContext';
import { openInTeamsDialog } from '../teams/teamsHost';
import { useMeetingPanelStyles } from './MeetingPanel.styles';
import type { MeetingPanelProps } from './useMeetingPanel';
import { useMeetingPanel } from './useMeetingPanel';
import { LoadProblem } from '../shared/LoadProblem';

/**
 * A meeting's side panel: the board's current planning cycle and its shortlist, most votes first, reordering live
 * as people vote, so an IT planning meeting ranks ideas together. Each idea opens over the meeting.
 */
export function MeetingPanel({ host, boardId, onReady, refreshEveryMs }: MeetingPanelProps) {
  const styles = useMeetingPanelStyles();
  const { t, formatLocale } = useTranslator();
  const { state, store, updatedAt, stale, voteProblem, vote, refresh } = useMeetingPanel(
    boardId,
    refreshEveryMs,
  );
  const told = useRef(false);

  useEffect(() => {
    if (told.current || state.status === 'loading') return;
    told.current = true;
    onReady?.(state.status === 'failed' ? t('meeting.failed') : undefined);
  }, [state.status, onReady, t]);

  const boardUrl = (ideaId?: string) => {
    const url = new URL('/', window.location.origin);
    if (boardId) url.searchParams.set('boardId', boardId);
    if (ideaId) url.searchParams.set('idea', ideaId);
    return url.toString();
  };

  return (
    <main className={styles.root} aria-busy={state.status === 'loading'}>
      <h1 className={styles.title}>{t('meeting.heading')}</h1>
      {state.status === 'loading' && <Spinner size="small" label={t('meeting.loading')} />}
      {state.status === 'failed' && (
        <LoadProblem problem={t('meeting.failed')} onRetry={refresh} retryLabel={t('meeting.tryAgain')} />
      )}
      {state.status === 'no-cycle' && (
        <>
          <Text weight="semibold">{t('meeting.noCycle')}</Text>
          <Text className={styles.muted}>{t('meeting.noCycle.hint')}</Text>
        </>
      )}
      {state.status === 'ready' && (
        <>
          <CycleSummary cycle={state.cycle} ideas={state.ideas} locale={formatLocale} />
          {voteProblem && (
            <MessageBar intent="warning">
              <MessageBarBody>{voteProblem}</MessageBarBody>
            </MessageBar>
          )}
          {state.ranked.length === 0 ? (
            <Text className={styles.muted}>{t('meeting.empty')}</Text>
          ) : (
            <ol className={styles.list} aria-label={t('meeting.shortlist', { cycle: state.cycle.name })}>
              {state.ranked.map((id, index) => (
                <ShortlistRow
                  key={id}
                  ideaId={id}
                  rank={index + 1}
                  store={store}
                  host={host}
                  href={(ideaId) => boardUrl(ideaId)}
                  onVote={vote}
                />
              ))}
            </ol>
          )}
        </>
      )}
      {stale && state.status !== 'failed' && state.status !== 'loading' && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('meeting.stale')}</MessageBarBody>
        </MessageBar>
      )}
      {(state.status === 'ready' || state.status === 'no-cycle') && (
        <div className={styles.footer}>
          <Text size={200} className={styles.muted} role="status">
            {updatedAt &&
              t('meeting.updated', {
                time: updatedAt.toLocaleTimeString(safeLocale(formatLocale), { timeStyle: 'short' }),
              })}
          </Text>
          <Button size="small" appearance="subtle" icon={<ArrowClockwise20Regular />} onClick={refresh}>
            {t('meeting.refresh')}
          </Button>
        </div>
      )}
      {state.status !== 'loading' && (
        <Link href={boardUrl()} target="_blank" rel="noopener">
          {t('meeting.openBoard')}
        </Link>
      )}
    </main>
  );
}

function CycleSummary({ cycle, ideas, locale }: { cycle: CycleView; ideas: number; locale: string }) {
  const styles = useMeetingPanelStyles();
  const { t } = useTranslator();
  const { what, at } = closingOf(cycle);
  const when = `${untilText(at, locale)} (${dateText(at, locale)})`;
  return (
    <section aria-label={cycle.name}>
      <div className={styles.phase}>
        <h2 className={styles.cycle} dir="auto">
          {cycle.name}
        </h2>
        <Badge appearance="tint" color={what === 'voting' ? 'brand' : 'informative'}>
          {t(what === 'voting' ? 'meeting.phase.voting' : 'meeting.phase.submissions')}
        </Badge>
      </div>
      <Text as="p" size={200} className={styles.muted}>
        {t(what === 'voting' ? 'meeting.closes.voting' : 'meeting.closes.submissions', { when })}
      </Text>
      <Text as="p" size={200} className={styles.muted}>
        {t('meeting.ideas', { ideas, size: cycle.shortlistSize })}
      </Text>
    </section>
  );
}

interface ShortlistRowProps {
  ideaId: string;
  rank: number;
  store: IdeaStore;
  host: HostContext;
  href(ideaId: string): string;
  onVote(ideaId: string): void;
}

/** One ranked idea; it reads its idea from the store, so a vote re-renders this row alone. */
function ShortlistRow({ ideaId, rank, store, host, href, onVote }: ShortlistRowProps) {
  const styles = useMeetingPanelStyles();
  const { t, formatLocale } = useTranslator();
  const idea = useIdea(store, ideaId);
  if (!idea) return null;
  const url = href(idea.id);
  // Inside Teams the idea opens in a dialog over the meeting; where a client has none, a deep link to this tab.
  const link =
    host.inTeams && host.entityId
      ? teamsDeepLink(
          { manifestAppId: host.appId },
          { entityId: host.entityId, subEntityId: idea.id, channelId: host.channelId, fallbackUrl: url },
        )
      : url;
  const votes = t('meeting.votes', { count: idea.votes });
  return (
    <li className={styles.row}>
      <span className={styles.rank} aria-hidden>
        {rank.toLocaleString(safeLocale(formatLocale))}
      </span>
      <Link
        className={styles.ideaTitle}
        dir="auto"
        href={link}
        target="_blank"
        rel="noopener"
        onClick={(event) => {
          if (host.inTeams && openInTeamsDialog(url, idea.title)) event.preventDefault();
        }}
      >
        {idea.title}
      </Link>
      {takesVotes(idea.status) ? (
        <ToggleButton
          size="small"
          checked={idea.myVote}
          appearance={idea.myVote ? 'primary' : 'secondary'}
          icon={idea.myVote ? <ArrowCircleUp20Filled /> : <ArrowCircleUp20Regular />}
          aria-label={t('meeting.vote', { title: idea.title, count: idea.votes })}
          title={t(idea.myVote ? 'meeting.vote.withdraw' : 'meeting.vote.cast')}
          onClick={() => onVote(idea.id)}
        >
          <span className={styles.voteCount}>{idea.votes.toLocaleString(safeLocale(formatLocale))}</span>
        </ToggleButton>
      ) : (
        <Text size={200} className={styles.muted}>
          {votes}
        </Text>
      )}
    </li>
  );
}
