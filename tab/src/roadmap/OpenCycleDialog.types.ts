import type { CycleView } from '../api/cyclesApi';

/** The board a new cycle opens on. */
export interface CycleBoard {
  id: string;
  name: string;
}

export interface OpenCycleDialogProps {
  /** None when the roadmap shows every board: a cycle belongs to one board, so the button then says why it waits. */
  board: CycleBoard | undefined;
  /** The cycles the roadmap shows: the first free day is proposed, and an overlap the API refuses is named. */
  cycles: readonly CycleView[];
  locale: string;
  onOpened(cycle: CycleView): void;
}

/** The form as typed: days as `yyyy-mm-dd` (the date inputs' own format), numbers as text until sent. */
export interface CycleDraft {
  name: string;
  submissionOpens: string;
  submissionCloses: string;
  votingCloses: string;
  reminderDays: string;
  shortlistSize: string;
}

/** The API's names for the form's fields, where its messages land. */
export type CycleField =
  | 'name'
  | 'submissionOpensAt'
  | 'submissionClosesAt'
  | 'votingClosesAt'
  | 'reminderDaysBefore'
  | 'shortlistSize';
