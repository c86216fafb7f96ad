import {
  appealDeclineInput,
  assignPartnersInput,
  changeStatusInput,
  classifyIdeaInput,
  mergeIdeaInput,
  NEXT_STATUSES,
  parseInput,
  priorityOf,
  recordBenefitsInput,
  ValidationError,
  type IdeaView,
  type Me,
  type Person,
  type StatusChangeKind,
  type TriageStatus,
} from '@ideabar/core';
import { DEMO_PEOPLE } from '../../../api/src/demo/demoPeople.js';
import type { FakeCall, FakeIdeaBar } from './fakeIdeaBar';

type Reply = { status: number; body?: unknown };
/** A change that goes into the idea's history. */
type Change = { kind: StatusChangeKind; response: string | null; from: IdeaView['status'] };
// eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- a revision that records no history
type Outcome = Reply | Change | void;

const demo = (userId: string): Me => {
  const person = DEMO_PEOPLE.find((known) => known.userId === userId);
  if (!person) throw new Error(`${userId} is no longer one of the demo people (api/src/demo/demoPeople.ts)`);
  return { tenantId: person.tenantId, userId: person.userId, name: person.name, roles: [...person.roles] };
};

/** An IT member of the demo tenant, as GET /api/me answers for them. */
export const IT_MEMBER = demo('alex.wilber');
/** The demo tenant's other IT member, offered as an IT partner. */
export const OTHER_IT_MEMBER = demo('nestor.wilke');

const personOf = (me: Me): Person => ({ id: me.userId, name: me.name });
const problem = (status: number, code: string, message: string): Reply => ({
  status,
  body: { error: { code, message } },
});

/**
 * Teaches a FakeIdeaBar IT's triage routes (docs/api.md), checking bodies with core's own schemas and workflow, so
 * the field names and messages a test sees are the API's. `caller` is who the fake takes each request to be from.
 */
export function answerTriage(server: FakeIdeaBar, caller: () => Me = () => IT_MEMBER) {
  const itMembers = [IT_MEMBER, OTHER_IT_MEMBER].map((member) => ({
    userId: member.userId,
    name: member.name,
    addedAt: '2026-11-01T00:00:00.000Z',
  }));
  server.when('GET', /^\/api\/settings$/, {
    status: 200,
    body: {
      responseSlaBusinessDays: 5,
      reminderLeadDays: [3, 1],
      currency: 'USD',
      boards: server.boards,
      itMembers,
    },
  });

  /** Finds the idea of `/api/ideas/{id}/…`, parses the body with `schema`, and lets `change` revise it. */
  const revise =
    <T>(
      schema: Parameters<typeof parseInput>[0] | null,
      change: (idea: IdeaView, input: T, by: Person) => Outcome,
    ) =>
    (call: FakeCall): Reply => {
      const id = decodeURIComponent(call.path.split('/')[3] ?? '');
      const idea = server.ideas.find((known) => known.id === id);
      if (!idea) return problem(404, 'not_found', 'The idea was not found.');
      let input: T;
      try {
        input = (schema ? parseInput(schema, call.body) : call.body) as T;
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        return {
          status: 400,
          body: { error: { code: 'validation', message: error.message, fields: error.fields } },
        };
      }
      const by = personOf(caller());
      const outcome = change(idea, input, by);
      if (outcome && 'status' in outcome) return outcome;
      const at = new Date(Date.now() + server.calls.length).toISOString();
      idea.updatedAt = at;
      if (outcome) {
        const history = server.history.get(idea.id) ?? [];
        history.push({
          id: `h-${server.calls.length}`,
          from: outcome.from,
          to: idea.status,
          by,
          at,
          response: outcome.response,
          kind: outcome.kind,
          decline: outcome.kind === 'triage' && idea.status === 'declined' ? idea.decline : null,
        });
        server.history.set(idea.id, history);
      }
      return { status: 200, body: { ...idea } };
    };

  const onlyIt = (): Reply | undefined =>
    caller().roles.includes('it') ? undefined : problem(403, 'forbidden', 'Only IT members can do that.');

  server.when(
    'POST',
    /^\/api\/ideas\/[^/]+\/status$/,
    revise(
      changeStatusInput,
      (idea, input: { status: TriageStatus; response: string; decline?: IdeaView['decline'] }) => {
        const refused = onlyIt();
        if (refused) return refused;
        if (!NEXT_STATUSES[idea.status].includes(input.status))
          return problem(409, 'conflict', `An idea that is ${idea.status} cannot move to ${input.status}.`);
        const from = idea.status;
        idea.status = input.status;
        if (input.decline) idea.decline = input.decline;
        if (idea.appeal && idea.appeal.answeredAt === null)
          idea.appeal = { ...idea.appeal, answeredAt: new Date().toISOString() };
        idea.firstResponseAt ??= new Date().toISOString();
        return { kind: 'triage', response: input.response, from };
      },
    ),
  );

  server.when(
    'POST',
    /^\/api\/ideas\/[^/]+\/appeal$/,
    revise(appealDeclineInput, (idea, input: { reason: string }, by) => {
      if (idea.author.id !== by.id)
        return problem(403, 'forbidden', 'Only the person who submitted an idea can appeal its decline.');
      if (idea.status !== 'declined')
        return problem(409, 'conflict', 'Only a declined idea can be appealed.');
      if (idea.appeal) return problem(409, 'conflict', 'This idea has been appealed once already.');
      idea.status = 'under_review';
      idea.appeal = { by, reason: input.reason, at: new Date().toISOString(), answeredAt: null };
      return { kind: 'appeal', response: input.reason, from: 'declined' };
    }),
  );

  server.when(
    'PUT',
    /^\/api\/ideas\/[^/]+\/partners$/,
    revise(assignPartnersInput, (idea, input: { itPartner?: Person | null; sponsor?: Person | null }) => {
      const refused = onlyIt();
      if (refused) return refused;
      if (input.itPartner && !itMembers.some((member) => member.userId === input.itPartner?.id))
        return {
          status: 400,
          body: {
            error: {
              code: 'validation',
              message: 'x',
              fields: [{ field: 'itPartner.id', message: 'The IT partner must be an IT member.' }],
            },
          },
        };
      if (input.itPartner !== undefined) idea.itPartner = input.itPartner;
      if (input.sponsor !== undefined) idea.sponsor = input.sponsor;
    }),
  );

  server.when(
    'PUT',
    /^\/api\/ideas\/[^/]+\/classification$/,
    revise(classifyIdeaInput, (idea, input: Parameters<typeof priorityOf>[0]) => {
      const refused = onlyIt();
      if (refused) return refused;
      idea.classification = { ...input, priority: priorityOf(input) };
    }),
  );

  server.when(
    'PUT',
    /^\/api\/ideas\/[^/]+\/benefits$/,
    revise(
      recordBenefitsInput,
      (idea, input: { expected?: IdeaView['expectedBenefit']; measured?: IdeaView['measuredBenefit'] }) => {
        const refused = onlyIt();
        if (refused) return refused;
        if (input.measured && idea.status !== 'delivered')
          return {
            status: 400,
            body: {
              error: {
                code: 'validation',
                message: 'x',
                fields: [
                  { field: 'measured', message: 'Record a measured benefit once the idea is delivered.' },
                ],
              },
            },
          };
        if (input.expected !== undefined) idea.expectedBenefit = input.expected;
        if (input.measured !== undefined) idea.measuredBenefit = input.measured;
      },
    ),
  );

  server.when('POST', /^\/api\/ideas\/[^/]+\/merge$/, (call) => {
    const reply = revise(mergeIdeaInput, (idea, input: { into: string; response: string }) => {
      const refused = onlyIt();
      if (refused) return refused;
      const into = server.ideas.find((known) => known.id === input.into);
      if (!into)
        return {
          status: 400,
          body: {
            error: {
              code: 'validation',
              message: 'x',
              fields: [{ field: 'into', message: 'There is no idea with this id.' }],
            },
          },
        };
      const from = idea.status;
      into.votes += idea.votes;
      idea.votes = 0;
      idea.status = 'duplicate';
      idea.duplicateOf = into.id;
      return { kind: 'merge', response: input.response, from };
    })(call);
    if (reply.status !== 200) return reply;
    const duplicate = reply.body as IdeaView;
    const into = server.ideas.find((known) => known.id === duplicate.duplicateOf);
    return { status: 200, body: { duplicate, into: { ...into } } };
  });

  server.when(
    'POST',
    /^\/api\/ideas\/[^/]+\/approve$/,
    revise(null, (idea) => {
      const refused = onlyIt();
      if (refused) return refused;
      if (!idea.awaitingApproval) return problem(409, 'conflict', 'This idea is not waiting for approval.');
      idea.awaitingApproval = false;
    }),
  );
}
