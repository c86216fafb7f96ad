import { describe, expect, it } from 'vitest';
import { deepLinkAppId, teamsDeepLink } from '../../core/src/links/teamsDeepLink.js';

const MANIFEST = '0f5a7e84-3c1d-4b9e-8a6f-2d4c6b8e0a13';
const PUBLISHED = '3b9d2f71-5c4e-4a8b-9f6d-1e2c3a4b5c6d';
const FALLBACK = 'https://ideabar.example/?idea=01JIDEA';

describe('Teams deep links', () => {
  it('use the published app id when one is configured, before the manifest id', () => {
    expect(deepLinkAppId({ publishedAppId: PUBLISHED, manifestAppId: MANIFEST })).toBe(PUBLISHED);
    const link = new URL(
      teamsDeepLink(
        { publishedAppId: PUBLISHED, manifestAppId: MANIFEST },
        { entityId: 'board', subEntityId: '01JIDEA', fallbackUrl: FALLBACK },
      ),
    );
    expect(link.origin + link.pathname).toBe(`https://teams.microsoft.com/l/entity/${PUBLISHED}/board`);
    expect(JSON.parse(link.searchParams.get('context') ?? '')).toEqual({ subEntityId: '01JIDEA' });
  });

  it('fall back to the manifest id where the app is not published (null or empty)', () => {
    for (const publishedAppId of [null, undefined, '']) {
      expect(
        teamsDeepLink(
          { publishedAppId, manifestAppId: MANIFEST },
          { entityId: 'board', fallbackUrl: FALLBACK },
        ),
      ).toBe(`https://teams.microsoft.com/l/entity/${MANIFEST}/board`);
    }
  });

  it('fall back to the tab’s own address where no Teams app id is known', () => {
    expect(
      teamsDeepLink(
        { publishedAppId: null, manifestAppId: '' },
        { entityId: 'board', subEntityId: 'x', fallbackUrl: FALLBACK },
      ),
    ).toBe(FALLBACK);
  });

  it('encode the tab instance and carry the channel with the page', () => {
    const link = new URL(
      teamsDeepLink(
        { manifestAppId: MANIFEST },
        {
          entityId: 'board tab',
          subEntityId: '01JIDEA',
          channelId: '19:abc@thread.tacv2',
          fallbackUrl: FALLBACK,
        },
      ),
    );
    expect(link.pathname).toBe(`/l/entity/${MANIFEST}/board%20tab`);
    expect(JSON.parse(link.searchParams.get('context') ?? '')).toEqual({
      subEntityId: '01JIDEA',
      channelId: '19:abc@thread.tacv2',
    });
  });
});
