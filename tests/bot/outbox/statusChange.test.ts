import { describe, expect, it } from 'vitest';
import { answerIdea, castVote, submitIdea, type StatusChangedEvent } from '../../../core/src/index.js';
import { StatusChangeNotifier } from '../../../bot/src/outbox/statusChangeNotifier.js';
import { ADA, GRACE, installation, TENANT, type Person } from '../support/activities.js';
import { BotHarness, textOf } from '../support/botHarness.js';
import { expectValidCard } from '../support/cardValidation.js';

const LIN: Person = { teamsId: '29:lin', aadObjectId: 'aad-lin', name: 'Lin' };
const MO: Person = { teamsId: '29:mo', aadObjectId: 'aad-mo', name: 'Mo' };
const IT: Person = { teamsId: '29:it', aadObjectId: 'aad-it', name: 'IT Desk' };
const caller = (p: Person) => ({ tenantId: TENANT, userId: p.aadObjectId, name: p.name });

describe('status-change notifications (triggered by the StatusChanged event)', () => {
  async function scenario() {
    const harness = new BotHarness();
    // Everyone has a personal chat with the bot except Mo.
    for (const person of [ADA, GRACE, LIN, IT]) await harness.send(installation(person, 'add'));
    const idea = await submitIdea(harness.ideabar, caller(ADA), {
      title: 'Self-service VPN',
      description: 'Please',
    });
    for (const voter of [GRACE, LIN, MO, IT]) await castVote(harness.ideabar, caller(voter), idea.id);
    // Grace and Mo voted and follow; Lin voted but does not follow; IT follows and makes the change.
    for (const follower of [GRACE, MO, IT])
      await harness.store.followers.set(TENANT, idea.id, follower.aadObjectId, true);
    harness.recorded.calls.splice(0);
    const event: StatusChangedEvent = {
      tenantId: TENANT,
      ideaId: idea.id,
      id: '01JDSTATUSCHANGE0000000001',
      from: 'new',
      to: 'planned',
      by: { id: IT.aadObjectId, name: IT.name },
      at: new Date('2026-11-23T10:00:00Z'),
      response: 'Planned for Q1 — see [the roadmap](https://x).',
    };
    return { harness, event, notifier: new StatusChangeNotifier(harness.runtime.services) };
  }

  it('tells the author and the voters who follow, never the one who changed it', async () => {
    const { harness, event, notifier } = await scenario();
    const report = await notifier.notify(event);
    const sent = harness.recorded.calls.filter((c) => c.kind === 'send');
    expect(sent.map((c) => c.target.conversationId).sort()).toEqual([
      'a:personal-aad-ada',
      'a:personal-aad-grace',
    ]);
    // Mo follows but has no chat with the bot: recorded as unreachable, not an error.
    expect(report).toMatchObject({ sent: 2, gone: 1, failed: 0 });
    const toAuthor = sent.find((c) => c.target.conversationId === 'a:personal-aad-ada')!.activity
      .attachments![0]!.content;
    expectValidCard(toAuthor);
    expect(textOf(toAuthor)).toContain('Your idea has news');
    expect(textOf(toAuthor)).toContain('Planned');
    const toFollower = sent.find((c) => c.target.conversationId === 'a:personal-aad-grace')!.activity
      .attachments![0]!.content;
    expect(textOf(toFollower)).toContain('An idea you follow has news');
  });

  it('the same event published twice sends nothing the second time', async () => {
    const { harness, event, notifier } = await scenario();
    await notifier.notify(event);
    await notifier.notify(event);
    expect(harness.recorded.calls.filter((c) => c.kind === 'send')).toHaveLength(2);
    await notifier.notify({
      ...event,
      id: '01JDSTATUSCHANGE0000000002',
      from: 'planned',
      to: 'delivered',
    });
    expect(harness.recorded.calls.filter((c) => c.kind === 'send')).toHaveLength(4);
  });

  it('tells the author when IT answers in public without moving the idea, through the outbox', async () => {
    const { harness } = await scenario();
    await harness.ideabar.itDirectory.addItMember(caller(IT));
    const idea = (await harness.ideabar.repos.ideas.listBoard(TENANT, 'default'))[0]!;
    await answerIdea(harness.ideabar, caller(IT), idea.id, { response: 'Which sites need it first?' });
    await harness.runtime.flush();
    const sent = harness.recorded.calls.filter((c) => c.kind === 'send');
    expect(sent.map((c) => c.target.conversationId).sort()).toEqual([
      'a:personal-aad-ada',
      'a:personal-aad-grace',
    ]);
    const toAuthor = sent.find((c) => c.target.conversationId === 'a:personal-aad-ada')!.activity
      .attachments![0]!.content;
    expectValidCard(toAuthor);
    expect(textOf(toAuthor)).toContain('Your idea has news');
    expect(textOf(toAuthor)).toContain('Which sites need it first?');
  });
});
