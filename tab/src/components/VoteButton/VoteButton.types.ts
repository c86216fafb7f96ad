export interface VoteButtonProps {
  ideaTitle: string;
  votes: number;
  myVote: boolean;
  onToggle(): void;
  /** Wider, with a word beside the count, as in the idea detail. */
  size?: 'compact' | 'large';
}
