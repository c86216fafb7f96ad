import type {
  AddCategoryRequest,
  AddItMemberRequest,
  AuditEntryView,
  BoardChangeRequest,
  BoardView,
  CategoryChangeRequest,
  IdeaView,
  SettingsChangeRequest,
  SettingsView,
} from '@ideabar/core';
import type { ApiClient } from './apiClient';

/**
 * A board as the settings page reads it: the board with everything IT sets on it, where its announcements go and
 * when its digest is sent among them.
 */
export type BoardSettings = BoardView;

export type TenantSettingsView = Omit<SettingsView, 'boards'> & { boards: BoardSettings[] };
export type ItMember = SettingsView['itMembers'][number];

/** A conversation the bot can post a board's announcements in. */
export interface AnnouncementChannel {
  key: string;
  name: string;
  /** `board`: the channel IdeaBar was installed in for the board, where announcements go by default. */
  kind: 'board' | 'channel';
}

/** What the API's schemas take for each change (weekend days are 0, Sunday, to 6, Saturday). */
export type TenantSettingsChange = SettingsChangeRequest;
export type BoardChange = BoardChangeRequest;
export type CategoryChange = CategoryChangeRequest;

export type { AuditEntryView, SettingsView };

/** How far the approval queue looks back: the newest ideas of a board, a page of 100 at a time. */
const QUEUE_PAGES = 5;
const QUEUE_PAGE_SIZE = 100;

/** What IT members manage (all IT only): the tenant's settings, its boards' settings, its IT members, the audit. */
export class SettingsApi {
  constructor(private readonly client: ApiClient) {}

  getSettings(): Promise<TenantSettingsView> {
    return this.client.request<TenantSettingsView>('GET', '/api/settings');
  }

  updateSettings(change: TenantSettingsChange): Promise<TenantSettingsView> {
    return this.client.request<TenantSettingsView>('PUT', '/api/settings', { body: change });
  }

  updateBoard(boardId: string, change: BoardChange): Promise<BoardSettings> {
    return this.client.request<BoardSettings>('PUT', boardPath(boardId), { body: change });
  }

  /** Answers the board with the new category in it. */
  addCategory(boardId: string, name: string): Promise<BoardSettings> {
    return this.client.request<BoardSettings>('POST', `${boardPath(boardId)}/categories`, {
      body: { name } satisfies AddCategoryRequest,
    });
  }

  updateCategory(boardId: string, categoryId: string, change: CategoryChange): Promise<BoardSettings> {
    return this.client.request<BoardSettings>(
      'PUT',
      `${boardPath(boardId)}/categories/${encodeURIComponent(categoryId)}`,
      { body: change },
    );
  }

  /** The conversations the bot can post the board's announcements, digests and reminders in. */
  async channels(boardId: string): Promise<AnnouncementChannel[]> {
    const { items } = await this.client.request<{ items: AnnouncementChannel[] }>(
      'GET',
      `${boardPath(boardId)}/channels`,
    );
    return items;
  }

  async addItMember(person: AddItMemberRequest): Promise<ItMember[]> {
    const { itMembers } = await this.client.request<{ itMembers: ItMember[] }>('POST', '/api/it-members', {
      body: person,
    });
    return itMembers;
  }

  /** Refused with 409 `conflict` for the tenant's last IT member. */
  async removeItMember(userId: string): Promise<ItMember[]> {
    const { itMembers } = await this.client.request<{ itMembers: ItMember[] }>(
      'DELETE',
      `/api/it-members/${encodeURIComponent(userId)}`,
    );
    return itMembers;
  }

  /** The latest settings changes, newest first (the API keeps no cursor: ask for more by raising the limit). */
  async audit(limit: number): Promise<AuditEntryView[]> {
    const { items } = await this.client.request<{ items: AuditEntryView[] }>('GET', '/api/audit', {
      query: { limit },
    });
    return items;
  }

  /**
   * A moderated board's approval queue: its ideas still awaiting approval, newest first. The listing has no filter
   * for them, so this reads the board's newest ideas (IT members see pending ones) and keeps those awaiting.
   * `complete` is false when the board has more ideas than were read.
   */
  async approvalQueue(boardId: string): Promise<{ ideas: IdeaView[]; complete: boolean }> {
    const ideas: IdeaView[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < QUEUE_PAGES; page++) {
      const read: { items: IdeaView[]; nextCursor: string | null } = await this.client.request(
        'GET',
        '/api/ideas',
        {
          query: { boardId, sort: 'new', limit: QUEUE_PAGE_SIZE, cursor },
        },
      );
      ideas.push(...read.items.filter((idea) => idea.awaitingApproval));
      cursor = read.nextCursor;
      if (!cursor) return { ideas, complete: true };
    }
    return { ideas, complete: false };
  }

  /** Lets an idea out of the approval queue: everyone sees it from now on. */
  approve(ideaId: string): Promise<IdeaView> {
    return this.client.request<IdeaView>('POST', `/api/ideas/${encodeURIComponent(ideaId)}/approve`);
  }
}

const boardPath = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}`;
