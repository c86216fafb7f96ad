import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { boardChannels, conversationKeys } from '../../../core/src/index.js';
import { ADA, botAdded, GRACE, message, TEAM, TENANT } from '../support/activities.js';
import { BotHarness } from '../support/botHarness.js';

const itLead = { tenantId: TENANT, userId: 'aad-it', name: 'IT Lead' };

describe('channel names for choosing where announcements go', () => {
  const inChannel = (id: string, channelData: Record<string, unknown>): Partial<Activity> => {
    const activity = message(GRACE, 'help', 'channel');
    return {
      ...activity,
      conversation: { ...activity.conversation!, id: `${id};messageid=1700000000001` },
      channelData: { tenant: { id: TENANT }, ...channelData },
    };
  };

  it('records Teams’ names, General for the unnamed General channel, completing them when Teams does', async () => {
    const harness = new BotHarness();
    await harness.ideabar.itDirectory.addItMember(itLead);
    await harness.send(botAdded(ADA, 'channel'));
    const names = async () =>
      (await boardChannels(harness.ideabar, itLead, TEAM.id, harness.store.conversations)).items;
    expect(await names()).toEqual([
      { key: conversationKeys.board(TEAM.id), name: 'Platform Team › General', kind: 'board' },
    ]);

    // A message in another channel carries the channel's name but, often, only the team's id.
    const other = '19:announcements@thread.tacv2';
    await harness.send(
      inChannel(other, { team: { id: TEAM.id }, channel: { id: other, name: 'Announcements' } }),
    );
    expect((await names())[1]).toEqual({
      key: conversationKeys.other(other),
      name: 'Announcements',
      kind: 'channel',
    });
    // Named in full later (renamed, here): the record follows; a partial name never undoes a full one.
    await harness.send(inChannel(other, { team: TEAM, channel: { id: other, name: 'News' } }));
    await harness.send(inChannel(other, { team: { id: TEAM.id }, channel: { id: other, name: 'Old' } }));
    expect((await names())[1]?.name).toBe('Platform Team › News');

    // The General channel without a name, as Teams often sends it.
    await harness.send(
      inChannel(TEAM.id, { team: { id: TEAM.id, name: 'Renamed Team' }, channel: { id: TEAM.id } }),
    );
    expect((await names())[0]?.name).toBe('Renamed Team › General');
  });
});
