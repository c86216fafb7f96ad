/** The tab's pages, in the order the navigation shows them. The inbox and settings are for IT members only. */
export const TAB_PAGES = ['board', 'inbox', 'roadmap', 'insights', 'settings'] as const;
export type TabPage = (typeof TAB_PAGES)[number];

export const IT_ONLY_PAGES: ReadonlySet<TabPage> = new Set(['inbox', 'settings']);

const isTabPage = (value: string | null): value is TabPage =>
  (TAB_PAGES as readonly string[]).includes(value ?? '');

/** `?page=insights` opens Insights; no `page`, or one the tab does not know, opens the board. */
export function readTabPage(search: string): TabPage {
  const page = new URLSearchParams(search).get('page');
  return isTabPage(page) ? page : 'board';
}

/**
 * The query string for another page: the board stays the same, and every page's own parameters stay for when the
 * person comes back to it, except the open idea, which belongs to the board page's moment.
 */
export function tabPageSearch(page: TabPage, current: string): string {
  const params = new URLSearchParams(current);
  if (page === 'board') params.delete('page');
  else params.set('page', page);
  params.delete('idea');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The query string of the board page with an idea open over the idea's own board, as a roadmap card links to. */
export function ideaOnBoardSearch(idea: { id: string; boardId: string }, current: string): string {
  const params = new URLSearchParams(current);
  params.delete('page');
  params.set('boardId', idea.boardId);
  params.set('idea', idea.id);
  return `?${params.toString()}`;
}
