import {
  DEFAULT_CURRENCY,
  STANDARD_CALENDAR,
  unconfigured,
  untriaged,
  type AuditEntry,
  type TenantSettings,
  type Appeal,
  type Board,
  type Comment,
  type Cycle,
  type Decline,
  type IdeaRecord,
  type IdeaStatus,
  type IdeaTriage,
  type ItMember,
  type StatusChange,
  type StatusChangeKind,
  type Vote,
  type VoterListEntry,
  type IdeaTally,
  type VotesClosed,
} from '@ideabar/core';
import { keys } from './keys.js';
import { date, number, optionalText, text, type Row } from './rowFields.js';

/**
 * The one place where domain records become Table Storage rows and back. Lists are stored as JSON text (a row has
 * no array type); dates as Edm.DateTime.
 */
export type { Row } from './rowFields.js';

export const boardRow = (board: Board): Row => ({
  partitionKey: keys.boards(board.tenantId),
  rowKey: keys.rowKey(board.id),
  name: board.name,
  teamId: board.teamId ?? undefined,
  createdAt: board.createdAt,
  setup: JSON.stringify({
    description: board.description,
    categories: board.categories,
    suggestedTags: board.suggestedTags,
    moderation: board.moderation,
    announcementChannel: board.announcementChannel,
    digestSchedule: board.digestSchedule,
    timeZone: board.timeZone,
  }),
});

/** A setting a row was stored without reads as its default (see `unconfigured`). */
export const boardOf = (tenantId: string, row: Row): Board => ({
  tenantId,
  id: row.rowKey,
  name: text(row, 'name'),
  teamId: optionalText(row, 'teamId'),
  createdAt: date(row, 'createdAt'),
  ...unconfigured(),
  ...((text) => (text === null ? {} : (JSON.parse(text) as Partial<Board>)))(optionalText(row, 'setup')),
});

export const settingsRow = (settings: TenantSettings): Row => ({
  partitionKey: keys.settings(settings.tenantId),
  rowKey: 'tenant',
  responseSlaBusinessDays: settings.responseSlaBusinessDays,
  reminderLeadDays: JSON.stringify(settings.reminderLeadDays),
  currency: settings.currency,
  itMembersSeeded: settings.itMembersSeeded,
  weekendDays: JSON.stringify(settings.weekendDays),
  holidays: JSON.stringify(settings.holidays),
});

export const settingsOf = (tenantId: string, row: Row): TenantSettings => ({
  tenantId,
  responseSlaBusinessDays: number(row, 'responseSlaBusinessDays'),
  reminderLeadDays: JSON.parse(text(row, 'reminderLeadDays')) as number[],
  // Rows written before the currency setting existed read as the default.
  currency: optionalText(row, 'currency') ?? DEFAULT_CURRENCY,
  itMembersSeeded: row.itMembersSeeded === true,
  // Rows written before working days were settings read as the standard week without holidays.
  weekendDays: jsonOr(optionalText(row, 'weekendDays'), [...STANDARD_CALENDAR.weekendDays]),
  holidays: jsonOr(optionalText(row, 'holidays'), []),
});

const jsonOr = <T>(text: string | null, fallback: T): T =>
  text === null ? fallback : (JSON.parse(text) as T);

export const auditRow = (entry: AuditEntry): Row => ({
  partitionKey: keys.audit(entry.tenantId),
  rowKey: keys.rowKey(entry.id),
  at: entry.at,
  byId: entry.by.id,
  byName: entry.by.name,
  subject: entry.subject,
  summary: entry.summary,
  change: JSON.stringify({ before: entry.before, after: entry.after }),
});

export const auditOf = (tenantId: string, row: Row): AuditEntry => {
  const { before, after } = JSON.parse(text(row, 'change')) as { before: unknown; after: unknown };
  return {
    tenantId,
    id: row.rowKey,
    at: date(row, 'at'),
    by: { id: text(row, 'byId'), name: text(row, 'byName') },
    subject: text(row, 'subject'),
    summary: text(row, 'summary'),
    before,
    after,
  };
};

/** The idea as `save` writes it: everything but its copy of the tally, which only `voteCopyRow` writes. */
export const ideaRowWithoutVotes = (idea: IdeaRecord): Row => {
  const row = ideaRow(idea);
  delete row.votes;
  delete row.heat;
  delete row.heatAt;
  return row;
};

export const ideaRow = (idea: IdeaRecord): Row => ({
  partitionKey: keys.boardIdeas(idea.tenantId, idea.boardId),
  rowKey: keys.rowKey(idea.id),
  title: idea.title,
  description: idea.description,
  category: idea.category ?? undefined,
  tags: JSON.stringify(idea.tags),
  status: idea.status,
  authorId: idea.author.id,
  authorName: idea.author.name,
  createdAt: idea.createdAt,
  updatedAt: idea.updatedAt,
  triage: triageText(idea.triage),
  cycleId: idea.cycleId ?? undefined,
  lastChange: idea.lastChange === null ? undefined : changeJson(idea.lastChange),
  ...talliesRow(idea),
});

export const talliesRow = (idea: Pick<IdeaRecord, 'votes' | 'commentCount' | 'heat' | 'heatAt'>) => ({
  votes: idea.votes,
  commentCount: idea.commentCount,
  // Stored as Edm.Double even when whole, so the property keeps one type.
  heat: { value: String(idea.heat), type: 'Double' as const },
  heatAt: idea.heatAt,
});

/** The idea row's copy of its tally, with the tally's seq so an older copy never overwrites a newer one. */
export const voteCopyRow = (tally: IdeaTally): Row => ({
  partitionKey: keys.boardIdeas(tally.tenantId, tally.boardId),
  rowKey: keys.rowKey(tally.ideaId),
  votes: tally.count,
  heat: { value: String(tally.heat), type: 'Double' as const },
  heatAt: tally.heatAt,
  votesSeq: tally.seq,
});

export const votesSeqOf = (row: Row): number => (typeof row.votesSeq === 'number' ? row.votesSeq : 0);

/**
 * An idea's tally row lives in its Votes partition beside the vote rows, so one transaction can write both. Its
 * row key cannot be a voter's: user ids never contain `~`.
 */
export const TALLY_ROW_KEY = '~tally';

export const tallyRow = (tally: IdeaTally): Row => ({
  partitionKey: keys.idea(tally.tenantId, tally.ideaId),
  rowKey: TALLY_ROW_KEY,
  boardId: tally.boardId,
  count: tally.count,
  heat: { value: String(tally.heat), type: 'Double' as const },
  heatAt: tally.heatAt,
  closed: tally.closed === null ? undefined : JSON.stringify(tally.closed),
  seq: tally.seq,
  ...unlistedProperties(tally.unlisted),
});

/**
 * A string property holds at most 32K characters (64 KiB), fewer than a tally's unlisted voters may need: the note
 * is a JSON array per property, `unlisted`, then `unlisted1`, `unlisted2`… each under this many characters. The
 * row is replaced whole on every write, so a shorter note leaves no stale part behind.
 */
const UNLISTED_PART_CHARS = 30_000;

function unlistedProperties(userIds: readonly string[]): Record<string, string> {
  const parts: string[][] = [[]];
  let length = 2;
  for (const userId of userIds) {
    const cost = JSON.stringify(userId).length + 1;
    if (length + cost > UNLISTED_PART_CHARS) {
      parts.push([]);
      length = 2;
    }
    (parts[parts.length - 1] as string[]).push(userId);
    length += cost;
  }
  return Object.fromEntries(parts.map((part, index) => [unlistedName(index), JSON.stringify(part)]));
}

function unlistedOf(row: Row): string[] {
  const userIds: string[] = [];
  for (let index = 0; ; index++) {
    const part = optionalText(row, unlistedName(index));
    if (part === null) return userIds;
    userIds.push(...(JSON.parse(part) as string[]));
  }
}

const unlistedName = (index: number): string => (index === 0 ? 'unlisted' : `unlisted${index}`);

export const tallyOf = (tenantId: string, ideaId: string, row: Row): IdeaTally => ({
  tenantId,
  ideaId,
  boardId: text(row, 'boardId'),
  count: number(row, 'count'),
  heat: number(row, 'heat'),
  heatAt: date(row, 'heatAt'),
  closed: ((text) => (text === null ? null : (JSON.parse(text) as VotesClosed)))(optionalText(row, 'closed')),
  seq: number(row, 'seq'),
  unlisted: unlistedOf(row),
});

export const ideaOf = (tenantId: string, boardId: string, row: Row): IdeaRecord => ({
  tenantId,
  id: row.rowKey,
  boardId,
  title: text(row, 'title'),
  description: text(row, 'description'),
  category: optionalText(row, 'category'),
  tags: JSON.parse(text(row, 'tags')) as string[],
  status: text(row, 'status') as IdeaStatus,
  author: { id: text(row, 'authorId'), name: text(row, 'authorName') },
  createdAt: date(row, 'createdAt'),
  updatedAt: date(row, 'updatedAt'),
  votes: number(row, 'votes'),
  commentCount: number(row, 'commentCount'),
  heat: number(row, 'heat'),
  heatAt: date(row, 'heatAt'),
  triage: triageOf(row),
  cycleId: optionalText(row, 'cycleId'),
  lastChange: ((text) => (text === null ? null : changeOfJson(tenantId, row.rowKey, text)))(
    optionalText(row, 'lastChange'),
  ),
});

function changeOfJson(tenantId: string, ideaId: string, text: string): StatusChange {
  const stored = JSON.parse(text) as Omit<StatusChange, 'tenantId' | 'ideaId' | 'at'> & { at: string };
  return { ...stored, tenantId, ideaId, at: new Date(stored.at) };
}

/** The tenant and idea are the row's own; the change keeps the rest. */
const changeJson = ({ id, from, to, by, at, response, kind, decline }: StatusChange): string =>
  JSON.stringify({ id, from, to, by, at, response, kind, decline });

/** Triage is stored as one JSON property: it is read and written whole, with the idea. */
const triageText = (triage: IdeaTriage): string => JSON.stringify(triage);

function triageOf(row: Row): IdeaTriage {
  const text = optionalText(row, 'triage');
  if (text === null) return untriaged();
  const stored = JSON.parse(text) as IdeaTriage & {
    appeal: (Appeal & { at: string; answeredAt: string | null }) | null;
    firstResponseAt: string | null;
  };
  return {
    ...untriaged(),
    ...stored,
    appeal: stored.appeal && {
      ...stored.appeal,
      at: new Date(stored.appeal.at),
      answeredAt: stored.appeal.answeredAt === null ? null : new Date(stored.appeal.answeredAt),
    },
    firstResponseAt: stored.firstResponseAt === null ? null : new Date(stored.firstResponseAt),
  };
}

/** Where an idea row lives, read back from its partition key (`<tenant>|board|<board>`) by cross-tenant reads. */
export function ideaPlaceOf(row: Row): { tenantId: string; boardId: string } {
  const [tenantId, kind, boardId] = row.partitionKey.split('|');
  if (!tenantId || kind !== 'board' || !boardId) throw new Error(`Row ${row.rowKey} is not an idea.`);
  return { tenantId, boardId };
}

export const ideaRefRow = (idea: Pick<IdeaRecord, 'tenantId' | 'id' | 'boardId'>): Row => ({
  partitionKey: keys.ideaRefs(idea.tenantId),
  rowKey: keys.rowKey(idea.id),
  boardId: idea.boardId,
});

export const boardIdOfRef = (row: Row): string => text(row, 'boardId');

export const voteRow = (vote: Vote): Row => ({
  partitionKey: keys.idea(vote.tenantId, vote.ideaId),
  rowKey: keys.rowKey(vote.userId),
  castAt: vote.castAt,
});

export const castAtOf = (row: Row): Date => date(row, 'castAt');

export const voterListRow = (entry: VoterListEntry): Row => ({
  partitionKey: keys.voter(entry.tenantId, entry.userId),
  rowKey: keys.votedIdea(entry.boardId, entry.ideaId),
  ideaId: entry.ideaId,
});

export const ideaIdOfVoterList = (row: Row): string => text(row, 'ideaId');

export const commentRow = (comment: Comment): Row => ({
  partitionKey: keys.idea(comment.tenantId, comment.ideaId),
  rowKey: keys.rowKey(comment.id),
  authorId: comment.author.id,
  authorName: comment.author.name,
  text: comment.text,
  createdAt: comment.createdAt,
});

export const commentOf = (tenantId: string, ideaId: string, row: Row): Comment => ({
  tenantId,
  ideaId,
  id: row.rowKey,
  author: { id: text(row, 'authorId'), name: text(row, 'authorName') },
  text: text(row, 'text'),
  createdAt: date(row, 'createdAt'),
});

export const statusChangeRow = (change: StatusChange): Row => ({
  partitionKey: keys.idea(change.tenantId, change.ideaId),
  rowKey: keys.rowKey(change.id),
  from: change.from ?? undefined,
  to: change.to,
  byId: change.by.id,
  byName: change.by.name,
  at: change.at,
  response: change.response ?? undefined,
  kind: change.kind,
  decline: change.decline === null ? undefined : JSON.stringify(change.decline),
});

export const statusChangeOf = (tenantId: string, ideaId: string, row: Row): StatusChange => ({
  tenantId,
  ideaId,
  id: row.rowKey,
  from: optionalText(row, 'from') as IdeaStatus | null,
  to: text(row, 'to') as IdeaStatus,
  by: { id: text(row, 'byId'), name: text(row, 'byName') },
  at: date(row, 'at'),
  response: optionalText(row, 'response'),
  kind: (optionalText(row, 'kind') ?? 'triage') as StatusChangeKind,
  decline: ((text) => (text === null ? null : (JSON.parse(text) as Decline)))(optionalText(row, 'decline')),
});

export const cycleRow = (cycle: Cycle): Row => ({
  partitionKey: keys.cycles(cycle.tenantId),
  rowKey: keys.rowKey(cycle.id),
  boardId: cycle.boardId,
  name: cycle.name,
  submissionOpensAt: cycle.submissionOpensAt,
  submissionClosesAt: cycle.submissionClosesAt,
  votingOpensAt: cycle.votingOpensAt,
  votingClosesAt: cycle.votingClosesAt,
  reminderDaysBefore: JSON.stringify(cycle.reminderDaysBefore),
  shortlistSize: cycle.shortlistSize,
  openedById: cycle.openedBy.id,
  openedByName: cycle.openedBy.name,
  createdAt: cycle.createdAt,
});

export const cycleOf = (tenantId: string, row: Row): Cycle => ({
  tenantId,
  id: row.rowKey,
  boardId: text(row, 'boardId'),
  name: text(row, 'name'),
  submissionOpensAt: date(row, 'submissionOpensAt'),
  submissionClosesAt: date(row, 'submissionClosesAt'),
  votingOpensAt: date(row, 'votingOpensAt'),
  votingClosesAt: date(row, 'votingClosesAt'),
  reminderDaysBefore: JSON.parse(text(row, 'reminderDaysBefore')) as number[],
  shortlistSize: number(row, 'shortlistSize'),
  openedBy: { id: text(row, 'openedById'), name: text(row, 'openedByName') },
  createdAt: date(row, 'createdAt'),
});

/** The tenant of a cycle row, read back from its partition key (`<tenant>|cycles`) by cross-tenant reads. */
export const tenantOfCycleRow = (row: Row): string => {
  const [tenantId, kind] = row.partitionKey.split('|');
  if (!tenantId || kind !== 'cycles') throw new Error(`Row ${row.rowKey} is not a cycle.`);
  return tenantId;
};

export const itMemberRow = (member: ItMember): Row => ({
  partitionKey: keys.itMembers(member.tenantId),
  rowKey: keys.rowKey(member.userId),
  name: member.name,
  addedAt: member.addedAt,
});

export const itMemberOf = (tenantId: string, row: Row): ItMember => ({
  tenantId,
  userId: row.rowKey,
  name: text(row, 'name'),
  addedAt: date(row, 'addedAt'),
});
