export interface SettingsPageProps {
  /** The board whose settings open first; the tenant's settings are on the same page. */
  boardId: string | null;
}

/** IT's settings for the tenant and its boards (shown only to IT members). */
export function SettingsPage({ boardId }: SettingsPageProps) {
  return <section aria-label="Settings" data-board={boardId ?? undefined} />;
}
