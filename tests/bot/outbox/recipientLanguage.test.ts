import { describe, expect, it } from 'vitest';
import {
  castVote,
  conversationKeys,
  conversationLocale,
  submitIdea,
  type StatusChangedEvent,
} from '../../../core/src/index.js';
import { StatusChangeNotifier } from '../../../bot/src/outbox/statusChangeNotifier.js';
import { ADA, GRACE, installation, message, TEAM, TENANT, type Person } from '../support/activities.js';
import { BotHarness, textOf } from '../support/botHarness.js';
import { expectValidCard } from '../support/cardValidation.js';

const LIN: Person = { teamsId: '29:lin', aadObjectId: 'aad-lin', name: 'Lin' };
const caller = (p: Person) => ({ tenantId: TENANT, userId: p.aadObjectId, name: p.name });

describe('each recipient of a notice reads it in their own language', () => {
  async function scenario() {
    const harness = new BotHarness();
    // Ada's Teams speaks German; Grace's English; Lin's chat was kept before languages were, so it has none.
    await harness.send({ ...installation(ADA, 'add'), locale: 'de-de' });
    await harness.send({ ...installation(GRACE, 'add'), locale: 'en-us' });
    await harness.send(installation(LIN, 'add'));
    const linChat = (await harness.store.conversations.find(
      TENANT,
      conversationKeys.personal(LIN.aadObjectId),
    ))!;
    const withoutLanguage = { ...linChat };
    delete withoutLanguage.locale;
    await harness.store.conversations.save(withoutLanguage);
    const idea = await submitIdea(harness.ideabar, caller(ADA), {
      title: 'Self-service VPN',
      description: 'x',
    });
    for (const follower of [GRACE, LIN]) {
      await castVote(harness.ideabar, caller(follower), idea.id);
      await harness.store.followers.set(TENANT, idea.id, follower.aadObjectId, true);
    }
    harness.recorded.calls.splice(0);
    const event = (id: string): StatusChangedEvent => ({
      tenantId: TENANT,
      ideaId: idea.id,
      id,
      from: 'new',
      to: 'planned',
      by: { id: 'it-1', name: 'Nestor Wilke' },
      at: new Date('2026-11-23T10:00:00Z'),
      response: 'Next quarter.',
    });
    const notifier = new StatusChangeNotifier(harness.runtime.services);
    const sentTo = (person: Person) => {
      const call = harness.recorded.calls.findLast(
        (c) => c.kind === 'send' && c.target.conversationId === `a:personal-${person.aadObjectId}`,
      );
      if (call?.kind !== 'send') throw new Error(`Nothing was sent to ${person.name}.`);
      return call.activity;
    };
    return { harness, event, notifier, sentTo };
  }

  it('a German-speaking author gets it in German; an English one and one of unknown language in English', async () => {
    const { event, notifier, sentTo } = await scenario();
    expect(await notifier.notify(event('01JDLANGUAGE00000000000001'))).toMatchObject({ sent: 3, failed: 0 });
    const toAda = sentTo(ADA);
    const card = toAda.attachments![0]!.content;
    expectValidCard(card);
    expect(textOf(card)).toContain('Neuigkeiten zu Ihrer Idee');
    expect(textOf(card)).toContain('Geplant');
    expect(toAda.summary).toBe('Self-service VPN: Status geändert');
    for (const english of [GRACE, LIN]) {
      const activity = sentTo(english);
      expect(textOf(activity.attachments![0]!.content)).toContain('An idea you follow has news');
      expect(activity.summary).toBe('Self-service VPN: status changed');
    }
  });

  it('follows the person: once they write to the bot in Japanese, the next notice is in Japanese', async () => {
    const { harness, event, notifier, sentTo } = await scenario();
    await harness.send({ ...message(LIN, 'help'), locale: 'ja-jp' });
    const chat = await harness.store.conversations.find(TENANT, conversationKeys.personal(LIN.aadObjectId));
    expect(chat?.locale).toBe('ja-JP');
    await notifier.notify(event('01JDLANGUAGE00000000000002'));
    expect(textOf(sentTo(LIN).attachments![0]!.content)).toContain('フォロー中のアイデアに更新があります');
  });

  it('keeps a channel’s language from whoever last addressed the bot there, on the board’s record too', async () => {
    const harness = new BotHarness();
    await harness.send({ ...installation(ADA, 'add', 'channel'), locale: 'fr-fr' });
    const board = () => harness.store.conversations.find(TENANT, conversationKeys.board(TEAM.id));
    expect((await board())?.locale).toBe('fr-FR');
    const before = (await board())!.updatedAt;
    // The same language again writes nothing.
    await harness.send({ ...message(GRACE, 'help', 'channel'), locale: 'fr-FR' });
    expect((await board())!.updatedAt).toEqual(before);
    await harness.send({ ...message(GRACE, 'help', 'channel'), locale: 'es-es' });
    expect((await board())?.locale).toBe('es-ES');
    const channel = await harness.store.conversations.find(TENANT, conversationKeys.other(TEAM.id));
    expect(channel?.locale).toBe('es-ES');
  });

  it('keeps only a language tag, of bounded length, from what a client sends', () => {
    expect(conversationLocale('de-de')).toBe('de-DE');
    expect(conversationLocale('ar-SA')).toBe('ar-SA');
    for (const junk of [undefined, '', 'C', 'POSIX', 'not a tag!', 'x'.repeat(36), 42]) {
      expect(conversationLocale(junk)).toBeUndefined();
    }
  });
});
