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

  it('lets a run in flight finish, storage still there, before closing', async () => {
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    let read: 'not yet' | 'read' | 'failed' = 'not yet';
    const api = await startTestApi({
      extraTimers: [
        {
          name: 'slowReader',
          schedule: '* * * * * *',
          run: async (services) => {
            started();
            await new Promise((resolve) => setTimeout(resolve, 300));
            try {
              await services.ideabar.repos.boards.find('tenant-closing', 'default');
              read = 'read';
            } catch {
              read = 'failed';
            }
          },
        },
      ],
    });
    await running;
    await api.host.close();
    expect(read).toBe('read');
  });
});
