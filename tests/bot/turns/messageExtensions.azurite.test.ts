import { describe, expect, it } from 'vitest';
import { submitIdea } from '../../../core/src/index.js';
import { testConfig } from '../../support/testHost.js';
import {
  ADA,
  cardAction,
  GRACE,
  linkQuery,
  OTHER_TENANT,
  searchQuery,
  TENANT,
} from '../support/activities.js';
import { useBotTestBed } from '../support/botTestBed.js';

interface Answer {
  composeExtension:
    | {
        type: 'result';
        attachments: { content: { body: unknown[] }; preview: { content: { title: string } } }[];
      }
    | { type: 'message'; text: string };
}

/**
 * The message extension through the real messaging endpoint: POST /api/messages on the local host, tables on
 * Azurite, with a bot command limit of two an hour, so what counts against it shows.
 */
describe('search and link unfurling through POST /api/messages (local host on Azurite)', () => {
  const { api, send } = useBotTestBed({
    host: () => ({ config: testConfig({ LIMIT_BOT_COMMANDS: '2/1h' }) }),
  });

  const post = async (activity: object): Promise<Answer> => {
    const response = await send(activity);
    expect(response.status).toBe(200);
    return response.body as Answer;
  };
  const titles = (answer: Answer) =>
    answer.composeExtension.type === 'result'
      ? answer.composeExtension.attachments.map((a) => a.preview.content.title)
      : answer.composeExtension.text;

  it('answers searches and pasted links as people type, without counting them as commands', async () => {
    const { ideabar, bot } = api.host.services;
    const ours = await submitIdea(
      ideabar,
      { tenantId: TENANT, userId: ADA.aadObjectId, name: ADA.name },
      { title: 'Self-service VPN reset', description: 'Reset your own VPN token.' },
    );
    const theirs = await submitIdea(
      ideabar,
      { tenantId: OTHER_TENANT, userId: 'someone', name: 'Someone' },
      { title: 'VPN for contractors', description: 'Theirs alone.' },
    );

    // Typing "v", "vp", "vpn"… is a search each time: far more than the two commands an hour allowed here.
    for (const typed of ['v', 'vp', 'vpn', 'vpn r', 'vpn re', 'vpn reset']) {
      expect(titles(await post(searchQuery(GRACE, typed, 'personal')))).toEqual(['Self-service VPN reset']);
    }
    expect(titles(await post(searchQuery(GRACE, null, 'groupChat')))).toEqual(['Self-service VPN reset']);

    const link = (ideaId: string) => {
      const url = new URL(bot.services.settings.tabUrl);
      url.searchParams.set('idea', ideaId);
      return url.toString();
    };
    expect(titles(await post(linkQuery(GRACE, link(ours.id))))).toEqual(['Self-service VPN reset']);
    for (const nothing of [link(theirs.id), link('no-such-idea'), 'https://elsewhere.example/?idea=x']) {
      expect(await post(linkQuery(GRACE, nothing))).toEqual({
        composeExtension: { type: 'result', attachmentLayout: 'list', attachments: [] },
      });
    }

    // The two commands Grace may send this hour are all still hers: two votes go in, the third is refused.
    const answers: string[] = [];
    for (const verb of ['vote', 'withdrawVote', 'vote']) {
      answers.push(JSON.stringify(await post(cardAction(GRACE, verb, { ideaId: ours.id }))));
    }
    expect(answers.map((body) => body.includes('faster than IdeaBar allows'))).toEqual([false, false, true]);
  });

  it('refuses an invoke the manifest declares no command for, naming those it answers', async () => {
    const response = await send({ ...searchQuery(GRACE, 'vpn'), name: 'composeExtension/selectItem' });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('composeExtension/query');
  });
});
