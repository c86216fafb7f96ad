import { memo } from 'react';
import { Button, Link, Text, mergeClasses } from '@fluentui/react-components';
import { takesVotes } from '@ideabar/core/workflow';
import { Comment16Regular } from '@fluentui/react-icons';
import { useIdea } from '../shared/ideaStore';
import { useTranslator } from '../app/translation';
import { ageText } from '../shared/ideaText';
import { StatusBadge } from '../shared/StatusBadge';
import { VoteButton, VoteTally } from '../shared/VoteButton';
import { useIdeaRowStyles } from './IdeaRow.styles';
import type { IdeaStore } from '../shared/ideaStore';

export interface IdeaRowProps {
  ideaId: string;
  store: IdeaStore;
  onVote(ideaId: string): void;
  onOpen(ideaId: string): void;
  onTag(tag: string): void;
  /** Where the row sits in the feed (1-based), and how many there are (-1 while more pages may come). */
  position?: number;
  setSize?: number;
}

/** One idea on the board. It reads its own idea from the store, so a vote re-renders this row alone. */
export const IdeaRow = memo(function IdeaRow(props: IdeaRowProps) {
  const { ideaId, store, onVote, onOpen, onTag, position, setSize } = props;
  const styles = useIdeaRowStyles();
  const { t, formatLocale } = useTranslator();
  const idea = useIdea(store, ideaId);
  if (!idea) return <div className={styles.placeholder} />;
  const titleId = `idea-title-${idea.id}`;
  return (
    <article
      className={styles.root}
      aria-labelledby={titleId}
      aria-posinset={position}
      aria-setsize={setSize}
    >
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
      <div className={styles.body}>
        <div className={styles.heading}>
          <Link
            id={titleId}
            className={styles.title}
            dir="auto"
            href={`?idea=${encodeURIComponent(idea.id)}`}
            onClick={(event) => {
              if (event.metaKey || event.ctrlKey || event.shiftKey) return;
              event.preventDefault();
              onOpen(idea.id);
            }}
          >
            {idea.title}
          </Link>
          <StatusBadge status={idea.status} />
        </div>
        {idea.status === 'duplicate' && idea.duplicateOf && (
          <Text size={200}>
            <Link
              href={`?idea=${encodeURIComponent(idea.duplicateOf)}`}
              onClick={(event) => {
                if (event.metaKey || event.ctrlKey || event.shiftKey || !idea.duplicateOf) return;
                event.preventDefault();
                onOpen(idea.duplicateOf);
              }}
            >
              {t('board.row.mergedInto')}
            </Link>
          </Text>
        )}
        {idea.description && (
          <Text size={200} className={styles.snippet} dir="auto">
            {idea.description}
          </Text>
        )}
        <div className={styles.meta}>
          {idea.category && (
            <Text size={200} dir="auto">
              {idea.category}
            </Text>
          )}
          {idea.tags.map((tag) => (
            <Button
              key={tag}
              size="small"
              appearance="subtle"
              className={mergeClasses(styles.tag, styles.wideOnly)}
              aria-label={t('board.row.tagFilter', { tag })}
              dir="auto"
              onClick={() => onTag(tag)}
            >
              #{tag}
            </Button>
          ))}
          <Text size={200}>
            <Comment16Regular aria-hidden /> {t('count.comments', { count: idea.commentCount })}
          </Text>
          <Text size={200}>
            {t('board.row.age', { age: ageText(idea.createdAt, formatLocale), name: idea.author.name })}
          </Text>
          {idea.itPartner && (
            <Text size={200} className={styles.wideOnly}>
              {t('board.row.itPartner', { name: idea.itPartner.name })}
            </Text>
          )}
          {idea.sponsor && (
            <Text size={200} className={styles.wideOnly}>
              {t('board.row.sponsor', { name: idea.sponsor.name })}
            </Text>
          )}
        </div>
      </div>
    </article>
  );
});
