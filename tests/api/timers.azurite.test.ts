import { describe, expect, it, vi } from 'vitest';
import { startTestApi } from '../support/testHost.js';

describe('timers on the local host (Azurite)', () => {
  it('runs a timer on its six-field NCRONTAB schedule until the host closes', async () => {
    const runs: boolean[] = [];
    const api = await startTestApi({
      extraTimers: [
        {
          name: 'everySecond',
          schedule: '* * * * * *',
          run: async (_s, tick) => void runs.push(tick.isPastDue),
        },
      ],
    });
    await vi.waitFor(() => expect(runs.length).toBeGreaterThanOrEqual(2), { timeout: 5_000 });
    await api.host.close();
    const after = runs.length;
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(runs.length).toBe(after);
    expect(runs.every((pastDue) => pastDue === false)).toBe(true);
  });
});
