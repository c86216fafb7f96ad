import { ToggleButton, mergeClasses } from '@fluentui/react-components';
import { ArrowCircleUp20Regular, ArrowCircleUp20Filled } from '@fluentui/react-icons';
import { safeLocale } from '../app/safeLocale';
import { useTranslator } from '../app/translation';
import { useVoteButtonStyles } from './VoteButton.styles';

export interface VoteButtonProps {
  ideaTitle: string;
  votes: number;
  myVote: boolean;
  onToggle(): void;
  /** Wider, with a word beside the count, as in the idea detail. */
  size?: 'compact' | 'large';
}

/** Vote or withdraw: a toggle whose pressed state is the person's own vote. */
export function VoteButton({ ideaTitle, votes, myVote, onToggle, size = 'compact' }: VoteButtonProps) {
  const styles = useVoteButtonStyles();
  const { t, formatLocale } = useTranslator();
  const label = t('board.vote.label', { title: ideaTitle, count: votes });
  return (
    <ToggleButton
      checked={myVote}
      aria-label={label}
      title={myVote ? t('board.vote.withdraw') : t('board.vote.vote')}
      appearance={myVote ? 'primary' : 'secondary'}
      icon={myVote ? <ArrowCircleUp20Filled /> : <ArrowCircleUp20Regular />}
      className={mergeClasses(size === 'compact' && styles.compact)}
      onClick={onToggle}
    >
      {/* What shows must be part of the accessible name (WCAG 2.5.3), so the wide button spells out the count. */}
      <span className={styles.count}>
        {size === 'compact' ? numberText(votes, formatLocale) : t('count.votes', { count: votes })}
      </span>
    </ToggleButton>
  );
}

/**
 * The count of an idea that takes no new votes (delivered, or merged into another idea): shown where the button
 * would be, so the rows stay aligned, but nothing to press.
 */
export function VoteTally({ votes }: { votes: number }) {
  const styles = useVoteButtonStyles();
  const { t, formatLocale } = useTranslator();
  return (
    <div className={styles.tally}>
      <span className={styles.count}>{numberText(votes, formatLocale)}</span>
      <span className={styles.tallyUnit}>{t('board.vote.unit', { count: votes })}</span>
    </div>
  );
}

/** The count in the reader's digits ("١٢" in Arabic), as the accessible name's plural writes it. */
const numberText = (count: number, locale: string): string =>
  new Intl.NumberFormat(safeLocale(locale)).format(count);
