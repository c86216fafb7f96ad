import { describe, expect, it } from 'vitest';
import { botTurnOf } from '../../../api/src/observability/botTurn.js';

describe('what a bot turn’s log line says of its activity', () => {
  it('names the activity and its tenant, never its text, value or sender', () => {
    const turn = botTurnOf({
      type: 'message',
      text: 'Our salaries spreadsheet is at …',
      from: { id: '29:ada', name: 'Ada Lovelace' },
      conversation: { id: 'a:1', tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47' },
    });
    expect(turn).toEqual({
      kind: 'botTurn',
      activity: 'message',
      tenant: '72f988bf-86f1-41af-91ab-2d7cd011db47',
    });
    expect(
      botTurnOf({
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { verb: 'vote', data: { ideaId: '01J' } } },
        channelData: { tenant: { id: 'contoso' } },
      }),
    ).toEqual({ kind: 'botTurn', activity: 'invoke/adaptiveCard/action', tenant: 'contoso' });
  });

  it('leaves out whatever does not look like a plain name', () => {
    expect(botTurnOf({ type: 'message\n{"level":"error"}', conversation: { tenantId: 'a/b#c' } })).toEqual({
      kind: 'botTurn',
      activity: 'unknown',
    });
    expect(botTurnOf({ type: 'invoke', name: 'x'.repeat(200) })).toEqual({
      kind: 'botTurn',
      activity: 'invoke',
    });
    for (const nothing of [undefined, null, 'message', 42, []]) {
      expect(botTurnOf(nothing)).toEqual({ kind: 'botTurn', activity: 'unknown' });
    }
  });
});
