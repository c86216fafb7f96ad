import { Badge, Link, SkeletonItem, Text } from '@fluentui/react-components';
import { takesVotes } from '@ideabar/core/workflow';
import { writeAddress } from '../app/addressBar';
import { safeLocale } from '../app/safeLocale';
import { useTranslator } from '../app/translation';
import type { CycleView } from '../api/cyclesApi';
import { closesText } from '../shared/cycleText';
import { useIdea, type IdeaStore } from '../shared/ideaStore';
import { cycleOnBoardSearch } from '../board/viewState';
import { StatusBadge } from '../shared/StatusBadge';
import { VoteButton, VoteTally } from '../shared/VoteButton';
import { useRoadmapPageStyles } from './RoadmapPage.styles';
import type { RoadmapPageProps } from './useRoadmapPage';
import { useCycleVotes } from './useCycleVotes';
import { LoadProblem } from '../shared/LoadProblem';

interface CycleVotesProps extends Pick<RoadmapPageProps, 'ideaHref' | 'onOpenIdea'> {
  cycle: CycleView;
  store: IdeaStore;
  onVote(ideaId: string): void;
}

/**
 * The leading open ideas of a cycle that takes ideas or votes, ranked, each with the board's vote button (the same
 * optimistic vote and refusal messages), and which of them the shortlist holds now.
 */
export function CycleVotes({ cycle, store, onVote, ideaHref, onOpenIdea }: CycleVotesProps) {
  const styles = useRoadmapPageStyles();
  const translator = useTranslator();
  const { t } = translator;
  const { state, retry } = useCycleVotes(cycle, store);
  const headingId = `roadmap-votes-${cycle.id}`;
  const boardHref = `${window.location.pathname}${cycleOnBoardSearch(cycle, false, window.location.search)}`;

  return (
    <section className={styles.votes} aria-labelledby={headingId} aria-busy={state.status === 'loading'}>
      <h4 id={headingId} className={styles.columnTitle}>
        {t('roadmap.votes.heading')}
      </h4>
      <Text size={200} className={styles.muted}>
        {t('roadmap.votes.intro', { closes: closesText(translator, cycle), count: cycle.shortlistSize })}
      </Text>
      {state.status === 'loading' && <SkeletonItem shape="rectangle" className={styles.skeletonCard} />}
      {state.status === 'error' && (
        <LoadProblem problem={state.problem} onRetry={retry} retryLabel={t('roadmap.tryAgain')} />
      )}
      {state.status === 'ready' && state.ids.length === 0 && (
        <Text className={styles.none}>{t('roadmap.votes.none')}</Text>
      )}
      {state.status === 'ready' && state.ids.length > 0 && (
        <>
          <ol className={styles.voteList} aria-label={t('roadmap.votes.list', { cycle: cycle.name })}>
            {state.ids.map((id, index) => (
              <VoteRow
                key={id}
                ideaId={id}
                rank={index + 1}
                store={store}
                shortlisted={state.shortlisted.has(id)}
                onVote={onVote}
                ideaHref={ideaHref}
                onOpenIdea={onOpenIdea}
              />
            ))}
          </ol>
          <Link
            href={boardHref}
            onClick={(event) => {
              if (event.metaKey || event.ctrlKey || event.shiftKey) return;
              event.preventDefault();
              writeAddress(cycleOnBoardSearch(cycle, false, window.location.search), 'push');
            }}
          >
            {state.total > state.ids.length
              ? t('roadmap.votes.allOnBoard', { count: state.total, cycle: cycle.name })
              : t('roadmap.votes.onBoard', { cycle: cycle.name })}
          </Link>
        </>
      )}
    </section>
  );
}

interface VoteRowProps extends Pick<CycleVotesProps, 'store' | 'onVote' | 'ideaHref' | 'onOpenIdea'> {
  ideaId: string;
  rank: number;
  shortlisted: boolean;
}

/** One ranked idea; it reads its idea from the store, so a vote re-renders this row alone. */
function VoteRow({ ideaId, rank, store, shortlisted, onVote, ideaHref, onOpenIdea }: VoteRowProps) {
  const styles = useRoadmapPageStyles();
  const { t, formatLocale } = useTranslator();
  const idea = useIdea(store, ideaId);
  if (!idea) return null;
  return (
    <li className={styles.voteRow}>
      <span className={styles.rank} aria-hidden>
        {rank.toLocaleString(safeLocale(formatLocale))}
      </span>
      {takesVotes(idea.status) ? (
        <VoteButton
          ideaTitle={idea.title}
          votes={idea.votes}
          myVote={idea.myVote}
          onToggle={() => onVote(idea.id)}
        />
      ) : (
        <VoteTally votes={idea.votes} />
      )}
      <div className={styles.voteBody}>
        <Link
          className={styles.cardTitle}
          dir="auto"
          href={ideaHref(idea)}
          onClick={(event) => {
            if (event.metaKey || event.ctrlKey || event.shiftKey) return;
            event.preventDefault();
            onOpenIdea(idea);
          }}
        >
          {idea.title}
        </Link>
        <div className={styles.cardMeta}>
          {shortlisted && (
            <Badge appearance="tint" color="brand" size="small">
              {t('board.cycle.shortlist')}
            </Badge>
          )}
          <StatusBadge status={idea.status} />
          {idea.category && <span dir="auto">{idea.category}</span>}
        </div>
      </div>
    </li>
  );
}
