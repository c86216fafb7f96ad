import {
  Badge,
  Button,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Skeleton,
  SkeletonItem,
  Text,
  Toast,
  Toaster,
  ToastTitle,
  useId,
  useToastController,
} from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { IdeaView } from '@ideabar/core';
import type { CycleView, RoadmapLane } from '../../api/cyclesApi';
import { useIdeaBarApi } from '../../api/ideaBarApi';
import { cycleDates, isCurrent, PHASE_LABELS } from '../../board/cycleText';
import { IdeaStore } from '../../board/ideaStore';
import { countText } from '../../board/ideaText';
import { useVoting } from '../../board/useVoting';
import { OpenCycleDialog } from '../OpenCycleDialog/OpenCycleDialog';
import { useRoadmapPageStyles } from './RoadmapPage.styles';
import type { RoadmapPageProps } from './RoadmapPage.types';
import { useRoadmapPage } from './useRoadmapPage';
import { CycleVotes } from './CycleVotes';
import { safeLocale } from '../../app/safeLocale';

const STAGES = [
  { key: 'planned', label: 'Planned', none: 'Nothing planned yet' },
  { key: 'inProgress', label: 'In progress', none: 'Nothing in progress' },
  { key: 'delivered', label: 'Delivered', none: 'Nothing delivered yet' },
] as const;

/** What IT has committed to, per planning cycle (latest first, ideas in no cycle last), by stage. */
export function RoadmapPage(props: RoadmapPageProps) {
  const styles = useRoadmapPageStyles();
  const { state, retry } = useRoadmapPage(props.boardId);
  const toasterId = useId('roadmap-toaster');
  const { dispatchToast } = useToastController(toasterId);
  const api = useIdeaBarApi();
  const [store] = useState(() => new IdeaStore());
  const refused = useCallback(
    (message: string) =>
      dispatchToast(
        <Toast>
          <ToastTitle>{message}</ToastTitle>
        </Toast>,
        { intent: 'error', timeout: 8_000 },
      ),
    [dispatchToast],
  );
  const vote = useVoting(api.ideas, store, refused);
  const cycles =
    state.status === 'ready' ? state.lanes.flatMap((lane) => (lane.cycle ? [lane.cycle] : [])) : [];
  // The new cycle's lane shows once the roadmap is read again.
  const opened = (cycle: CycleView) => {
    dispatchToast(
      <Toast>
        <ToastTitle>{`“${cycle.name}” is open. Its lane is on the roadmap.`}</ToastTitle>
      </Toast>,
      { intent: 'success', timeout: 4_000 },
    );
    retry();
  };

  return (
    <main className={styles.root} aria-busy={state.status === 'loading'}>
      <div className={styles.intro}>
        <h2 className={styles.pageTitle}>Roadmap</h2>
        <Text className={styles.muted}>
          What IT has planned, is building and has delivered, per planning cycle.
        </Text>
      </div>
      {props.canOpenCycles && (
        <OpenCycleDialog board={props.cycleBoard} cycles={cycles} locale={props.locale} onOpened={opened} />
      )}
      {state.status === 'loading' && <RoadmapSkeleton />}
      {state.status === 'error' && (
        <MessageBar intent="error">
          <MessageBarBody>{state.problem}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={retry}>Try again</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.status === 'ready' && state.lanes.length === 0 && (
        <div className={styles.empty}>
          <h3 className={styles.emptyTitle}>Nothing on the roadmap yet</h3>
          <Text>When IT plans an idea, it shows here under its planning cycle, until it is delivered.</Text>
        </div>
      )}
      {state.status === 'ready' &&
        state.lanes.map((lane) => (
          <Lane key={lane.cycle?.id ?? 'none'} lane={lane} store={store} onVote={vote} {...props} />
        ))}
      <Toaster toasterId={toasterId} position="bottom" />
    </main>
  );
}

interface LaneProps extends RoadmapPageProps {
  lane: RoadmapLane;
  store: IdeaStore;
  onVote(ideaId: string): void;
}

function Lane({ lane, store, onVote, locale, ideaHref, onOpenIdea }: LaneProps) {
  const styles = useRoadmapPageStyles();
  const headingId = `roadmap-lane-${lane.cycle?.id ?? 'none'}`;
  const committed = lane.planned.length + lane.inProgress.length + lane.delivered.length;
  return (
    <section className={styles.lane} aria-labelledby={headingId}>
      <div className={styles.laneHeading}>
        <h3 id={headingId} className={styles.laneTitle}>
          {lane.cycle?.name ?? 'Not in a cycle'}
        </h3>
        {lane.cycle && (
          <>
            <Badge appearance="tint" color={lane.cycle.phase === 'closed' ? 'subtle' : 'brand'}>
              {PHASE_LABELS[lane.cycle.phase]}
            </Badge>
            <Text size={200} className={styles.muted}>
              {cycleDates(lane.cycle, locale)}
            </Text>
          </>
        )}
      </div>
      {lane.cycle && isCurrent(lane.cycle) && (
        <CycleVotes
          cycle={lane.cycle}
          store={store}
          onVote={onVote}
          locale={locale}
          ideaHref={ideaHref}
          onOpenIdea={onOpenIdea}
        />
      )}
      {committed === 0 ? (
        <Text className={styles.none}>Nothing from this cycle is planned yet.</Text>
      ) : (
        <div className={styles.columns}>
          {STAGES.map((stage) => {
            const ideas = lane[stage.key];
            const columnId = `${headingId}-${stage.key}`;
            return (
              <section key={stage.key} className={styles.column} aria-labelledby={columnId}>
                <h4 id={columnId} className={styles.columnTitle}>
                  <span>{stage.label}</span>{' '}
                  <span className={styles.muted}>{ideas.length.toLocaleString(safeLocale(locale))}</span>
                </h4>
                {ideas.length === 0 ? (
                  <Text className={styles.none}>{stage.none}</Text>
                ) : (
                  <ul className={styles.cards}>
                    {ideas.map((idea) => (
                      <IdeaCard
                        key={idea.id}
                        idea={idea}
                        locale={locale}
                        href={ideaHref(idea)}
                        onOpen={() => onOpenIdea(idea)}
                      />
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
      )}
    </section>
  );
}

interface IdeaCardProps {
  idea: IdeaView;
  locale: string;
  href: string;
  onOpen(): void;
}

function IdeaCard({ idea, locale, href, onOpen }: IdeaCardProps) {
  const styles = useRoadmapPageStyles();
  return (
    <li className={styles.card}>
      <Link
        className={styles.cardTitle}
        dir="auto"
        href={href}
        onClick={(event) => {
          // A modified click opens the board in a new tab, as a link does.
          if (event.metaKey || event.ctrlKey || event.shiftKey) return;
          event.preventDefault();
          onOpen();
        }}
      >
        {idea.title}
      </Link>
      <div className={styles.cardMeta}>
        <span>{countText(idea.votes, 'vote', 'votes', locale)}</span>
        {idea.category && <span dir="auto">{idea.category}</span>}
        {idea.itPartner && <span>IT partner: {idea.itPartner.name}</span>}
      </div>
    </li>
  );
}

function RoadmapSkeleton() {
  const styles = useRoadmapPageStyles();
  return (
    <Skeleton aria-label="Loading the roadmap" className={styles.skeletonLane}>
      <SkeletonItem size={20} />
      <div className={styles.columns}>
        {STAGES.map((stage) => (
          <SkeletonItem key={stage.key} shape="rectangle" className={styles.skeletonCard} />
        ))}
      </div>
    </Skeleton>
  );
}
