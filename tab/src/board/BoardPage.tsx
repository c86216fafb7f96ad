import { lazy, Suspense, useState } from 'react';
import { createPortal } from 'react-dom';
import {
  Button,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Skeleton,
  SkeletonItem,
  Text,
} from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons';
import { CLEARED_FILTERS, hasFilters } from './viewState';
import { BoardFilters } from './BoardFilters';
import { CycleBanner } from './CycleBanner';
import { IdeaList } from './IdeaList';
import { useBoardPageStyles } from './BoardPage.styles';
import type { BoardPageProps } from './useBoardPage';
import { IDEA_LIST_ID, useBoardPage } from './useBoardPage';
import { useTranslator } from '../app/translation';
import { useNotify } from '../session/SessionProvider';
import { LoadProblem } from '../shared/LoadProblem';

// Loaded when first needed, so the board's first rows do not wait on code for panels nobody opened yet.
const IdeaDetail = lazy(() =>
  import('../idea/IdeaDetail').then((module) => ({ default: module.IdeaDetail })),
);
const SubmitIdeaForm = lazy(() =>
  import('./SubmitIdeaForm').then((module) => ({ default: module.SubmitIdeaForm })),
);

/** The idea board: the filters, the ideas, and the idea open in detail. */
export function BoardPage(props: BoardPageProps) {
  const { host, headerActions } = props;
  const styles = useBoardPageStyles();
  const { t } = useTranslator();
  const notify = useNotify();
  const page = useBoardPage(props, notify);
  // The form stays mounted once opened, so its closing animation and draft survive.
  const [formUsed, setFormUsed] = useState(false);
  if (page.composing && !formUsed) setFormUsed(true);
  const { view, changeView, list, store } = page;
  const filtered = hasFilters(view);
  const newIdea = (
    <Button appearance="primary" icon={<Add20Regular />} onClick={() => page.setComposing(true)}>
      {t('board.newIdea')}
    </Button>
  );

  return (
    <div className={styles.root}>
      {headerActions === undefined ? (
        <div className={styles.toolbar}>{newIdea}</div>
      ) : (
        headerActions && createPortal(newIdea, headerActions)
      )}
      <BoardFilters
        view={view}
        categories={page.facets.categories}
        tags={page.facets.tags}
        cycles={page.cycles.cycles}
        {...(page.cycles.current ? { currentCycleId: page.cycles.current.cycle.id } : {})}
        onChange={changeView}
      />
      {page.cycles.current && <CycleBanner current={page.cycles.current} view={view} onChange={changeView} />}
      <main
        id={IDEA_LIST_ID}
        tabIndex={-1}
        aria-label={t('board.list.label')}
        className={styles.main}
        aria-busy={list.status === 'loading' || list.refreshing}
      >
        {list.refreshing && (
          <ProgressBar className={styles.refreshing} aria-label={t('board.list.updating')} />
        )}
        <div
          role="status"
          className={list.status === 'ready' && list.total > 0 ? styles.count : styles.visuallyHidden}
        >
          {list.status === 'ready' &&
            (list.ids.length < list.total
              ? t('board.count.shown', { total: list.total, shown: list.ids.length })
              : t('board.count', { total: list.total }))}
        </div>
        {list.status === 'loading' && <ListSkeleton />}
        {list.status === 'error' && (
          <LoadProblem
            problem={list.problem}
            onRetry={list.retry}
            retryLabel={t('board.tryAgain')}
            className={styles.message}
          />
        )}
        {list.status === 'ready' && list.problem && (
          <MessageBar intent="warning" className={styles.message}>
            <MessageBarBody>{list.problem}</MessageBarBody>
          </MessageBar>
        )}
        {list.status === 'ready' && list.ids.length === 0 && (
          <div className={styles.empty}>
            <h2 className={styles.emptyTitle}>
              {filtered ? t('board.empty.filtered.title') : t('board.empty.title')}
            </h2>
            <Text>{filtered ? t('board.empty.filtered.body') : t('board.empty.body')}</Text>
            <div>
              {filtered ? (
                <Button onClick={() => changeView(CLEARED_FILTERS)}>{t('board.clearFilters')}</Button>
              ) : (
                <Button appearance="primary" icon={<Add20Regular />} onClick={() => page.setComposing(true)}>
                  {t('board.shareFirst')}
                </Button>
              )}
            </div>
          </div>
        )}
        {list.status === 'ready' && list.ids.length > 0 && (
          <IdeaList
            ids={list.ids}
            store={store}
            hasMore={list.hasMore}
            loadingMore={list.loadingMore}
            onLoadMore={list.loadMore}
            onVote={page.vote}
            onOpen={page.openIdea}
            onTag={page.filterByTag}
          />
        )}
      </main>
      <Suspense>
        {view.ideaId && (
          <IdeaDetail
            key={view.ideaId}
            ideaId={view.ideaId}
            store={store}
            host={host}
            onClose={page.closeIdea}
            onVote={page.vote}
            onNotice={notify}
            onOpenIdea={page.openIdea}
          />
        )}
      </Suspense>
      {/* Apart, so the form's code still loading never hides an open idea, nor an idea's the form. */}
      <Suspense>
        {formUsed && (
          <SubmitIdeaForm
            open={page.composing}
            boardId={view.boardId}
            onClose={() => page.setComposing(false)}
            onSubmitted={page.submitted}
            onOpenIdea={(ideaId) => {
              page.setComposing(false);
              page.openIdea(ideaId);
            }}
          />
        )}
      </Suspense>
    </div>
  );
}

function ListSkeleton() {
  const styles = useBoardPageStyles();
  const { t } = useTranslator();
  return (
    <Skeleton aria-label={t('board.loading')}>
      {Array.from({ length: 6 }, (_, index) => (
        <div key={index} className={styles.skeletonRow}>
          <SkeletonItem shape="rectangle" className={styles.skeletonVote} />
          <SkeletonItem size={20} />
          <SkeletonItem size={12} />
        </div>
      ))}
    </Skeleton>
  );
}
