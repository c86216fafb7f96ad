import { describe, expect, it } from 'vitest';
import { boardLink } from '../../../bot/src/cards/boardLink.js';
import { ideaLink } from '../../../bot/src/cards/ideaLink.js';
import { welcomeCard } from '../../../bot/src/cards/welcomeCard.js';
import { TEST_SETTINGS } from '../support/botHarness.js';

const PUBLISHED = '3b9d2f71-5c4e-4a8b-9f6d-1e2c3a4b5c6d';
const published = { ...TEST_SETTINGS, teamsPublishedAppId: PUBLISHED };

const openUrls = (card: object): string[] =>
  JSON.stringify(card)
    .match(/"url":"[^"]*"/g)
    ?.map((pair) => JSON.parse(pair.slice('"url":'.length)) as string) ?? [];

describe('links from cards into the tab', () => {
  it('are built from the published app id when one is configured', () => {
    const idea = new URL(ideaLink(published, '01JIDEA', 'b1'));
    expect(idea.pathname).toBe(`/l/entity/${PUBLISHED}/board`);
    expect(JSON.parse(idea.searchParams.get('context') ?? '')).toEqual({ subEntityId: '01JIDEA' });
    expect(boardLink(published, 'b1')).toBe(`https://teams.microsoft.com/l/entity/${PUBLISHED}/board`);
    const card = openUrls(welcomeCard(published, 'personal', undefined));
    expect(card).toContain(`https://teams.microsoft.com/l/entity/${PUBLISHED}/board`);
    expect(card.join(' ')).not.toContain(TEST_SETTINGS.teamsAppId);
  });

  it('are built from the manifest app id where the app is not published', () => {
    expect(new URL(ideaLink(TEST_SETTINGS, '01JIDEA', 'b1')).pathname).toBe(
      `/l/entity/${TEST_SETTINGS.teamsAppId}/board`,
    );
    expect(boardLink(TEST_SETTINGS, 'b1')).toBe(
      `https://teams.microsoft.com/l/entity/${TEST_SETTINGS.teamsAppId}/board`,
    );
  });

  it('open the tab’s own address where no Teams app id is configured', () => {
    const local = { ...TEST_SETTINGS, teamsAppId: null, teamsPublishedAppId: null };
    expect(ideaLink(local, '01JIDEA', 'b1')).toBe('http://localhost:7071/?idea=01JIDEA&boardId=b1');
    expect(boardLink(local, 'b1')).toBe('http://localhost:7071/?boardId=b1');
  });
});
