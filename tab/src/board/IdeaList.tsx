import { useEffect, useRef } from 'react';
import { makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslator } from '../app/translation';
import { IdeaRow } from './IdeaRow';
import type { IdeaListProps } from './useIdeaList';

export const useIdeaListStyles = makeStyles({
  scroller: {
    flexGrow: 1,
    minHeight: 0,
    overflowY: 'auto',
    overscrollBehavior: 'contain',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  feed: { position: 'relative', width: '100%' },
  row: { position: 'absolute', top: 0, left: 0, width: '100%' },
  more: { display: 'flex', justifyContent: 'center', padding: tokens.spacingVerticalM },
});

const ROW_ESTIMATE = 76;
/** Ask for the next page while this many rows are still below the fold. */
const PREFETCH_ROWS = 20;

/**
 * The board's ideas as a feed that only renders the rows in view (plus a few), so thousands of ideas scroll as
 * smoothly as ten; the next page is fetched before the reader reaches the end.
 */
export function IdeaList(props: IdeaListProps) {
  const { ids, store, hasMore, loadingMore, onLoadMore, onVote, onOpen, onTag } = props;
  const styles = useIdeaListStyles();
  const { t } = useTranslator();
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 4,
    getItemKey: (index) => ids[index] ?? index,
  });
  const rows = virtualizer.getVirtualItems();
  const lastShown = rows.at(-1)?.index ?? 0;

  useEffect(() => {
    if (hasMore && !loadingMore && lastShown >= ids.length - PREFETCH_ROWS) onLoadMore();
  }, [hasMore, loadingMore, lastShown, ids.length, onLoadMore]);

  return (
    <div ref={scroller} className={styles.scroller} data-testid="idea-scroller">
      <div
        role="feed"
        aria-label={t('board.feed')}
        aria-busy={loadingMore}
        className={styles.feed}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {rows.map((row) => {
          const id = ids[row.index];
          if (!id) return null;
          return (
            <div
              key={row.key}
              data-index={row.index}
              ref={virtualizer.measureElement}
              className={styles.row}
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <IdeaRow
                ideaId={id}
                store={store}
                onVote={onVote}
                onOpen={onOpen}
                onTag={onTag}
                position={row.index + 1}
                setSize={hasMore ? -1 : ids.length}
              />
            </div>
          );
        })}
      </div>
      {loadingMore && (
        <div className={styles.more}>
          <Spinner size="tiny" label={t('board.loadingMore')} />
        </div>
      )}
    </div>
  );
}
