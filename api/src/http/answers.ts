import {
  BENEFIT_KINDS,
  CONSTRAINTS,
  IDEA_STATUSES,
  RECOMMENDATIONS,
  SOURCING,
  type BoardView,
  type CommentPage,
  type IdeaDetail,
  type IdeaPage,
  type Inbox,
  type Me,
  type PeoplePage,
  type SimilarIdea,
  type VoteState,
} from '@ideabar/core';
import { z } from 'zod';

/**
 * What IdeaBar answers, as zod schemas, for the OpenAPI description: core's view types are TypeScript interfaces,
 * so each schema here is held to its interface at compile time (`Same` below) and to real answers by the tests.
 */

const dateTime = z.iso.datetime();
const person = z
  .object({ id: z.string(), name: z.string() })
  .meta({ description: 'A person: their id and name.' });
const benefit = z.object({
  kind: z.enum(BENEFIT_KINDS),
  amount: z.number().nullable(),
  note: z.string().nullable(),
});

const ideaView = z.object({
  id: z.string(),
  boardId: z.string(),
  cycleId: z.string().nullable(),
  title: z.string(),
  description: z.string(),
  category: z.string().nullable(),
  tags: z.array(z.string()),
  status: z.enum(IDEA_STATUSES),
  votes: z.number().int().meta({ description: 'How many people voted for it.' }),
  myVote: z.boolean().meta({ description: 'Whether the caller voted for it.' }),
  commentCount: z.number().int(),
  author: person,
  createdAt: dateTime,
  updatedAt: dateTime,
  decline: z
    .object({ constraint: z.enum(CONSTRAINTS), rule: z.string(), pathToYes: z.string() })
    .nullable()
    .meta({
      description: "IT's reasoning when it declined the idea: the constraint, its rule and a path to yes.",
    }),
  appeal: z
    .object({ by: person, reason: z.string(), at: dateTime, answeredAt: dateTime.nullable() })
    .nullable(),
  itPartner: person.nullable(),
  sponsor: person.nullable(),
  classification: z
    .object({
      sourcing: z.enum(SOURCING),
      recommendation: z.enum(RECOMMENDATIONS),
      value: z.number().int(),
      effort: z.number().int(),
      priority: z.number(),
    })
    .nullable(),
  expectedBenefit: benefit.nullable(),
  measuredBenefit: benefit.nullable(),
  duplicateOf: z.string().nullable(),
  firstResponseAt: dateTime
    .nullable()
    .meta({ description: 'When IT first answered it in public; null: waiting.' }),
  awaitingApproval: z.boolean(),
});

export const ideaDetailAnswer = ideaView.extend({
  history: z.array(
    z.object({
      id: z.string(),
      from: z.enum(IDEA_STATUSES).nullable(),
      to: z.enum(IDEA_STATUSES),
      by: person,
      at: dateTime,
      response: z.string().nullable().meta({ description: "IT's public response with the change." }),
      kind: z.enum(['submitted', 'triage', 'appeal', 'merge', 'answer']),
      decline: ideaView.shape.decline,
    }),
  ),
});

export const ideaAnswer = ideaView;

export const ideaPageAnswer = z.object({
  items: z.array(ideaView),
  nextCursor: z
    .string()
    .nullable()
    .meta({ description: 'Pass as `cursor` for the next page; null on the last.' }),
  total: z.number().int().meta({ description: 'How many ideas match, across every page.' }),
});

export const similarIdeasAnswer = z.object({
  items: z.array(ideaView.extend({ similarity: z.number().min(0).max(1) })),
});

export const voteAnswer = z.object({ ideaId: z.string(), votes: z.number().int(), myVote: z.boolean() });

export const inboxAnswer = z.object({
  slaBusinessDays: z.number().int(),
  items: z.array(
    z.object({
      idea: ideaView,
      waitingBusinessDays: z.number(),
      dueAt: dateTime.meta({ description: 'When the response SLA runs out for it.' }),
      sla: z.enum(['on_time', 'due_soon', 'overdue']),
    }),
  ),
});

export const commentPageAnswer = z.object({
  items: z.array(
    z.object({ id: z.string(), ideaId: z.string(), author: person, text: z.string(), createdAt: dateTime }),
  ),
  nextCursor: z.string().nullable(),
});

export const commentAnswer = commentPageAnswer.shape.items.element;

export const meAnswer = z.object({
  tenantId: z.string(),
  userId: z.string(),
  name: z.string(),
  roles: z.array(z.enum(['employee', 'it'])),
});

export const peoplePageAnswer = z.object({ items: z.array(person), nextCursor: z.string().nullable() });

const board = z.object({
  id: z.string(),
  name: z.string(),
  teamId: z.string().nullable(),
  isDefault: z.boolean(),
  createdAt: dateTime,
  description: z.string(),
  categories: z.array(z.object({ id: z.string(), name: z.string(), retired: z.boolean() })),
  suggestedTags: z.array(z.string()),
  moderation: z.boolean(),
  announcementChannel: z.string().nullable(),
  digestSchedule: z.string().nullable(),
  timeZone: z.string(),
});
export const boardsAnswer = z.object({ items: z.array(board) });

export const healthAnswer = z.object({ status: z.literal('ok') });

/** True when A and B are the same type, so a schema that drifts from its interface fails to compile. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const held: [
  Same<z.output<typeof ideaDetailAnswer>, IdeaDetail>,
  Same<z.output<typeof ideaPageAnswer>, IdeaPage>,
  Same<z.output<typeof similarIdeasAnswer>['items'][number], SimilarIdea>,
  Same<z.output<typeof voteAnswer>, VoteState>,
  Same<z.output<typeof inboxAnswer>, Inbox>,
  Same<z.output<typeof commentPageAnswer>, CommentPage>,
  Same<z.output<typeof meAnswer>, Me>,
  Same<z.output<typeof board>, BoardView>,
  Same<z.output<typeof peoplePageAnswer>, PeoplePage>,
] = [true, true, true, true, true, true, true, true, true];
void held;
