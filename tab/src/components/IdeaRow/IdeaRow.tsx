import { memo } from 'react';
import { Button, Link, Text } from '@fluentui/react-components';
import { Comment16Regular } from '@fluentui/react-icons';
import { useIdea } from '../../board/ideaStore';
import { ageText, countText } from '../../board/ideaText';
import { StatusBadge } from '../StatusBadge/StatusBadge';
import { VoteButton } from '../VoteButton/VoteButton';
import { useIdeaRowStyles } from './IdeaRow.styles';
import type { IdeaRowProps } from './IdeaRow.types';

/** One idea on the board. It reads its own idea from the store, so a vote re-renders this row alone. */
export const IdeaRow = memo(function IdeaRow(props: IdeaRowProps) {
  const { ideaId, store, locale, onVote, onOpen, onTag, position, setSize } = props;
  const styles = useIdeaRowStyles();
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
      <VoteButton
        ideaTitle={idea.title}
        votes={idea.votes}
        myVote={idea.myVote}
        onToggle={() => onVote(idea.id)}
      />
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
              className={styles.tag}
              aria-label={`Show ideas tagged ${tag}`}
              dir="auto"
              onClick={() => onTag(tag)}
            >
              #{tag}
            </Button>
          ))}
          <Text size={200}>
            <Comment16Regular aria-hidden /> {countText(idea.commentCount, 'comment', 'comments', locale)}
          </Text>
          <Text size={200}>
            {ageText(idea.createdAt, locale)} by {idea.author.name}
          </Text>
          {idea.itPartner && <Text size={200}>IT partner: {idea.itPartner.name}</Text>}
          {idea.sponsor && <Text size={200}>Sponsor: {idea.sponsor.name}</Text>}
        </div>
      </div>
    </article>
  );
});
