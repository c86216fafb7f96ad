import { Badge, Link, Skeleton, SkeletonItem, Text } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { IdeaView, MessageKey } from '@ideabar/core';
import type { CycleView, RoadmapLane } from '../api/cyclesApi';
import { useIdeaBarApi } from '../api/ideaBarApi';
import { cycleDates, isCurrent, phaseLabel } from '../shared/cycleText';
import { IdeaStore } from '../shared/ideaStore';
import { useVoting } from '../shared/useVoting';
import { OpenCycleDialog } from './OpenCycleDialog';
import { useRoadmapPageStyles } from './RoadmapPage.styles';
import type { RoadmapPageProps } from './useRoadmapPage';
import { useRoadmapPage } from './useRoadmapPage';
import { CycleVotes } from './CycleVotes';
import { safeLocale } from '../app/safeLocale';
import { useTranslator } from '../app/translation';
import { useNotify } from '../session/SessionProvider';
import { LoadProblem } from '../shared/LoadProblem';

const STAGES = [
  { key: 'planned', label: 'status.planned', none: 'roadmap.none.planned' },
  { key: 'inProgress', label: 'status.in_progress', none: 'roadmap.none.inProgress' },
  { key: 'delivered', label: 'status.delivered', none: 'roadmap.none.delivered' },
] as const satisfies readonly { key: string; label: MessageKey; none: MessageKey }[];

/** What IT has committed to, per planning cycle (latest first, ideas in no cycle last), by stage. */
export function RoadmapPage(props: RoadmapPageProps) {
  const styles = useRoadmapPageStyles();
  const { t } = useTranslator();
  const { state, retry } = useRoadmapPage(props.boardId);
  const notify = useNotify();
  const api = useIdeaBarApi();
  const [store] = useState(() => new IdeaStore());
  const refused = useCallback((message: string) => notify(message, 'error'), [notify]);
  const { vote } = useVoting(api.ideas, store, refused);
  const cycles =
    state.status === 'ready' ? state.lanes.flatMap((lane) => (lane.cycle ? [lane.cycle] : [])) : [];
  // The new cycle's lane shows once the roadmap is read again.
  const opened = (cycle: CycleView) => {
    notify(t('roadmap.cycleOpened', { cycle: cycle.name }));
    retry();
  };

  return (
    <main className={styles.root} aria-busy={state.status === 'loading'}>
      <div className={styles.intro}>
        <h2 className={styles.pageTitle}>{t('roadmap.heading')}</h2>
        <Text className={styles.muted}>{t('roadmap.intro')}</Text>
      </div>
      {props.canOpenCycles && (
        <OpenCycleDialog board={props.cycleBoard} cycles={cycles} locale={props.locale} onOpened={opened} />
      )}
      {state.status === 'loading' && <RoadmapSkeleton />}
      {state.status === 'error' && (
        <LoadProblem problem={state.problem} onRetry={retry} retryLabel={t('roadmap.tryAgain')} />
      )}
      {state.status === 'ready' && state.lanes.length === 0 && (
        <div className={styles.empty}>
          <h3 className={styles.emptyTitle}>{t('roadmap.empty.title')}</h3>
          <Text>{t('roadmap.empty.body')}</Text>
        </div>
      )}
      {state.status === 'ready' &&
        state.lanes.map((lane) => (
          <Lane key={lane.cycle?.id ?? 'none'} lane={lane} store={store} onVote={vote} {...props} />
        ))}
    </main>
  );
}

interface LaneProps extends RoadmapPageProps {
  lane: RoadmapLane;
  store: IdeaStore;
  onVote(ideaId: string): void;
}

function Lane({ lane, store, onVote, ideaHref, onOpenIdea }: LaneProps) {
  const styles = useRoadmapPageStyles();
  const translator = useTranslator();
  const { t, formatLocale } = translator;
  const headingId = `roadmap-lane-${lane.cycle?.id ?? 'none'}`;
  const committed = lane.planned.length + lane.inProgress.length + lane.delivered.length;
  return (
    <section className={styles.lane} aria-labelledby={headingId}>
      <div className={styles.laneHeading}>
        <h3 id={headingId} className={styles.laneTitle}>
          {lane.cycle?.name ?? t('roadmap.noCycle')}
        </h3>
        {lane.cycle && (
          <>
            <Badge appearance="tint" color={lane.cycle.phase === 'closed' ? 'subtle' : 'brand'}>
              {phaseLabel(t, lane.cycle.phase)}
            </Badge>
            <Text size={200} className={styles.muted}>
              {cycleDates(translator, lane.cycle)}
            </Text>
          </>
        )}
      </div>
      {lane.cycle && isCurrent(lane.cycle) && (
        <CycleVotes
          cycle={lane.cycle}
          store={store}
          onVote={onVote}
          ideaHref={ideaHref}
          onOpenIdea={onOpenIdea}
        />
      )}
      {committed === 0 ? (
        <Text className={styles.none}>{t('roadmap.none.cycle')}</Text>
      ) : (
        <div className={styles.columns}>
          {STAGES.map((stage) => {
            const ideas = lane[stage.key];
            const columnId = `${headingId}-${stage.key}`;
            return (
              <section key={stage.key} className={styles.column} aria-labelledby={columnId}>
                <h4 id={columnId} className={styles.columnTitle}>
                  <span>{t(stage.label)}</span>{' '}
                  <span className={styles.muted}>
                    {ideas.length.toLocaleString(safeLocale(formatLocale))}
                  </span>
                </h4>
                {ideas.length === 0 ? (
                  <Text className={styles.none}>{t(stage.none)}</Text>
                ) : (
                  <ul className={styles.cards}>
                    {ideas.map((idea) => (
                      <IdeaCard
                        key={idea.id}
                        idea={idea}
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
  href: string;
  onOpen(): void;
}

function IdeaCard({ idea, href, onOpen }: IdeaCardProps) {
  const styles = useRoadmapPageStyles();
  const { t } = useTranslator();
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
        <span>{t('count.votes', { count: idea.votes })}</span>
        {idea.category && <span dir="auto">{idea.category}</span>}
        {idea.itPartner && <span>{t('board.row.itPartner', { name: idea.itPartner.name })}</span>}
      </div>
    </li>
  );
}

function RoadmapSkeleton() {
  const styles = useRoadmapPageStyles();
  const { t } = useTranslator();
  return (
    <Skeleton aria-label={t('roadmap.loading')} className={styles.skeletonLane}>
      <SkeletonItem size={20} />
      <div className={styles.columns}>
        {STAGES.map((stage) => (
          <SkeletonItem key={stage.key} shape="rectangle" className={styles.skeletonCard} />
        ))}
      </div>
    </Skeleton>
  );
}
