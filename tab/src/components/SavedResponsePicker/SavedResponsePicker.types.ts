export interface SavedResponsePickerProps {
  /** The board whose saved responses are offered: the idea's own. */
  boardId: string;
  /** Puts the picked response's text in the answer, where IT can still edit it. */
  onPick(text: string, title: string): void;
}
