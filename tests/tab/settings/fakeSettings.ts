import type { AuditEntryView, IdeaView, SavedResponseView } from '@ideabar/core';
import type {
  AnnouncementChannel,
  BoardSettings,
  ItMember,
  TenantSettingsView,
} from '../../../tab/src/api/settingsApi';
import { anIdea, FakeIdeaBar, SIGNED_IN, type FakeCall } from '../support/fakeIdeaBar';

/** A board as GET /api/settings lists it, with every setting the page edits. */
export function aSettingsBoard(id: string, name: string, extra: Partial<BoardSettings> = {}): BoardSettings {
  return {
    id,
    name,
    teamId: id === 'default' ? null : id,
    isDefault: id === 'default',
    createdAt: '2026-11-01T00:00:00.000Z',
    description: '',
    categories: [],
    suggestedTags: [],
    moderation: false,
    announcementChannel: null,
    digestSchedule: '0 9 * * 1',
    timeZone: 'Europe/London',
    ...extra,
  };
}

const member = (userId: string, name: string): ItMember => ({
  userId,
  name,
  addedAt: '2026-11-02T09:00:00.000Z',
});

type Reply = { status: number; body?: unknown };

const refused = (field: string, message: string): Reply => ({
  status: 400,
  body: { error: { code: 'validation', message: '1 field needs attention.', fields: [{ field, message }] } },
});

/**
 * The settings routes of the API (docs/api.md) in memory, over FakeIdeaBar: what IT members change, kept and
 * answered as the API does, each change recorded in the audit log, and the last IT member refused with 409.
 */
export class FakeSettings {
  readonly server = new FakeIdeaBar();
  settings: TenantSettingsView = {
    responseSlaBusinessDays: 5,
    reminderLeadDays: [3, 1],
    currency: 'USD',
    weekendDays: [0, 6],
    holidays: [],
    boards: [aSettingsBoard('default', 'Ideas for IT')],
    itMembers: [member(SIGNED_IN.userId, SIGNED_IN.name), member('nestor.wilke', 'Nestor Wilke')],
  };
  channels = new Map<string, AnnouncementChannel[]>();
  audit: AuditEntryView[] = [];
  /** Each board's saved responses, by board id. */
  savedResponses = new Map<string, SavedResponseView[]>();
  /** Who the API says is signed in is an IT member; false makes every settings route answer 403. */
  itMember = true;
  private replies: { method: string; path: RegExp; reply: Reply }[] = [];

  install(): this {
    this.server.install();
    for (const method of ['GET', 'POST', 'PUT', 'DELETE'])
      this.server.when(method, /^\/api\/boards\/[^/]+\/saved-responses(\/[^/]+)?$/, (call) =>
        this.savedResponse(call),
      );
    this.server.when('GET', /^\/api\/(settings|audit|boards\/[^/]+\/channels)$/, (call) => this.read(call));
    this.server.when('PUT', /^\/api\/(settings|boards\/.+)$/, (call) => this.guarded(call));
    this.server.when(
      'POST',
      /^\/api\/(boards\/[^/]+\/categories|it-members|ideas\/[^/]+\/approve)$/,
      (call) => this.guarded(call),
    );
    this.server.when('DELETE', /^\/api\/it-members\//, (call) => this.guarded(call));
    return this;
  }

  /** Answers matching changes with `reply` from now on, instead of making them. */
  answer(method: string, path: RegExp, reply: Reply): void {
    this.replies.unshift({ method, path, reply });
  }

  board(id = 'default'): BoardSettings {
    const found = this.settings.boards.find((board) => board.id === id);
    if (!found) throw new Error(`no board ${id}`);
    return found;
  }

  /** An idea on the board, waiting for approval, as IT members see it listed. */
  awaiting(title: string, boardId = 'default'): IdeaView {
    const idea = anIdea(title, {
      boardId,
      awaitingApproval: true,
      author: { id: 'adele', name: 'Adele Vance' },
    });
    this.server.ideas.push(idea);
    return idea;
  }

  calls(method: string, path: RegExp): FakeCall[] {
    return this.server.callsTo(method, path);
  }

  private forbidden(): Reply | undefined {
    return this.itMember
      ? undefined
      : {
          status: 403,
          body: { error: { code: 'forbidden', message: 'Only IT members can see the settings.' } },
        };
  }

  private read(call: FakeCall): Reply {
    const no = this.forbidden();
    if (no) return no;
    if (call.path === '/api/settings') return { status: 200, body: this.settings };
    if (call.path === '/api/audit')
      return { status: 200, body: { items: this.audit.slice(0, Number(call.query.get('limit') ?? 50)) } };
    const boardId = decodeURIComponent(call.path.split('/')[3] ?? '');
    return { status: 200, body: { items: this.channels.get(boardId) ?? [] } };
  }

  private guarded(call: FakeCall): Reply {
    const given = this.replies.find((r) => r.method === call.method && r.path.test(call.path));
    return this.forbidden() ?? given?.reply ?? this.change(call);
  }

  private record(summary: string, before: unknown, after: unknown): void {
    this.audit.unshift({
      id: `audit-${this.audit.length + 1}`,
      at: new Date(Date.UTC(2026, 10, 23, 10, this.audit.length)).toISOString(),
      by: { id: SIGNED_IN.userId, name: SIGNED_IN.name },
      subject: 'settings',
      summary,
      before,
      after,
    });
  }

  private change({ method, path, body }: FakeCall): Reply {
    const input = (body ?? {}) as Record<string, unknown>;
    if (path === '/api/settings') {
      const sla = input.responseSlaBusinessDays;
      if (typeof sla === 'number' && (sla < 1 || sla > 60))
        return refused('responseSlaBusinessDays', 'Use a whole number of business days from 1 to 60.');
      const before = { ...this.settings };
      this.settings = { ...this.settings, ...input };
      this.record('Changed the response SLA or reminder lead times', before, input);
      return { status: 200, body: this.settings };
    }
    if (path === '/api/it-members' && method === 'POST') {
      const person = input as { userId: string; name: string };
      if (!this.settings.itMembers.some((m) => m.userId === person.userId)) {
        this.settings.itMembers = [...this.settings.itMembers, member(person.userId, person.name)].sort(
          (a, b) => a.name.localeCompare(b.name),
        );
        this.record(`Added ${person.name} to the IT members`, null, person);
      }
      return { status: 200, body: { itMembers: this.settings.itMembers } };
    }
    if (path.startsWith('/api/it-members/')) {
      const userId = decodeURIComponent(path.split('/')[3] ?? '');
      if (this.settings.itMembers.length <= 1)
        return {
          status: 409,
          body: { error: { code: 'conflict', message: 'IdeaBar needs at least one IT member.' } },
        };
      this.settings.itMembers = this.settings.itMembers.filter((m) => m.userId !== userId);
      this.record(`Removed ${userId} from the IT members`, { userId }, null);
      return { status: 200, body: { itMembers: this.settings.itMembers } };
    }
    const approve = /^\/api\/ideas\/([^/]+)\/approve$/.exec(path);
    if (approve) {
      const idea = this.server.ideas.find((known) => known.id === approve[1]);
      if (!idea) return { status: 404, body: { error: { code: 'not_found', message: 'no' } } };
      idea.awaitingApproval = false;
      return { status: 200, body: idea };
    }
    const [, , , boardId = '', part, categoryId] = path.split('/');
    const board = this.board(decodeURIComponent(boardId));
    if (part === 'categories') return this.changeCategory(board, method, input, categoryId);
    const before = { ...board };
    Object.assign(board, input);
    this.record(`Changed ${Object.keys(input).join(', ')} of "${board.name}"`, before, input);
    return { status: 200, body: board };
  }

  private savedResponse({ method, path, body }: FakeCall): Reply {
    const given = this.replies.find((r) => r.method === method && r.path.test(path));
    const no = this.forbidden() ?? given?.reply;
    if (no) return no;
    const [, , , boardId = '', , responseId] = path.split('/').map(decodeURIComponent);
    const list = this.savedResponses.get(boardId) ?? [];
    const answer = (status: number, next: SavedResponseView[]): Reply => {
      const sorted = [...next].sort((a, b) => a.title.localeCompare(b.title));
      this.savedResponses.set(boardId, sorted);
      return { status, body: { boardId, savedResponses: sorted } };
    };
    if (method === 'GET') return answer(200, list);
    const input = (body ?? {}) as { title?: string; text?: string };
    const title = input.title?.trim();
    const taken = list.find(
      (r) =>
        r.id !== responseId &&
        title !== undefined &&
        r.title.toLocaleLowerCase() === title.toLocaleLowerCase(),
    );
    if (taken) return refused('title', `The board has a saved response called "${taken.title}" already.`);
    const by = { id: SIGNED_IN.userId, name: SIGNED_IN.name };
    const at = '2026-11-23T10:00:00.000Z';
    if (method === 'POST') {
      const added = {
        id: `sr-${list.length + 1}`,
        title: title ?? '',
        text: input.text ?? '',
        updatedAt: at,
        updatedBy: by,
      };
      this.record(`Added the saved response "${added.title}"`, null, added);
      return answer(201, [...list, added]);
    }
    if (!list.some((r) => r.id === responseId))
      return {
        status: 404,
        body: { error: { code: 'not_found', message: 'The saved response was not found.' } },
      };
    if (method === 'DELETE') {
      this.record('Removed a saved response', responseId, null);
      return answer(
        200,
        list.filter((r) => r.id !== responseId),
      );
    }
    this.record('Changed a saved response', responseId, input);
    return answer(
      200,
      list.map((r) =>
        r.id === responseId
          ? {
              ...r,
              ...(title === undefined ? {} : { title }),
              ...(input.text === undefined ? {} : { text: input.text }),
            }
          : r,
      ),
    );
  }

  private changeCategory(
    board: BoardSettings,
    method: string,
    input: Record<string, unknown>,
    categoryId: string | undefined,
  ): Reply {
    const name = typeof input.name === 'string' ? input.name.trim() : undefined;
    if (name !== undefined) {
      const taken = board.categories.find(
        (c) => c.id !== categoryId && c.name.toLocaleLowerCase() === name.toLocaleLowerCase(),
      );
      if (taken) return refused('name', `The board has a category "${taken.name}" already.`);
    }
    if (method === 'POST') {
      const category = { id: `cat-${board.categories.length + 1}`, name: name ?? '', retired: false };
      board.categories = [...board.categories, category];
      this.record(`Added the category "${category.name}" to "${board.name}"`, null, category);
      return { status: 201, body: board };
    }
    board.categories = board.categories.map((c) =>
      c.id === categoryId
        ? {
            ...c,
            ...(name === undefined ? {} : { name }),
            ...(typeof input.retired === 'boolean' ? { retired: input.retired } : {}),
          }
        : c,
    );
    this.record(`Changed the category on "${board.name}"`, null, input);
    return { status: 200, body: board };
  }
}
