import { describe, expect, it } from 'vitest';
import { ideaLink } from '../../../tab/src/teams/ideaLink';

const at = (href: string) => new URL(href) as unknown as Location;

describe('links to an idea', () => {
  it('are Teams deep links to the tab, carrying the idea as subEntityId, inside Teams', () => {
    const link = ideaLink(
      {
        inTeams: true,
        locale: 'en-US',
        theme: 'default',
        appId: 'app-guid',
        entityId: 'board tab',
        channelId: '19:abc@thread.tacv2',
      },
      '01JIDEA',
      at('https://ideabar.example/?boardId=b1'),
    );
    const url = new URL(link);
    expect(url.origin + url.pathname).toBe('https://teams.microsoft.com/l/entity/app-guid/board%20tab');
    expect(JSON.parse(url.searchParams.get('context') ?? '')).toEqual({
      subEntityId: '01JIDEA',
      channelId: '19:abc@thread.tacv2',
    });
  });

  it('are this page with ?idea= standalone, keeping the board and dropping the rest', () => {
    expect(
      ideaLink(
        { inTeams: false, locale: 'en-US', theme: 'default' },
        '01JIDEA',
        at('http://127.0.0.1:7071/?boardId=b1&q=vpn#x'),
      ),
    ).toBe('http://127.0.0.1:7071/?idea=01JIDEA&boardId=b1');
  });
});
