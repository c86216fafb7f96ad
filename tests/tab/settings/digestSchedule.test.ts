import { translatorFor } from '@ideabar/core';
import { describe, expect, it } from 'vitest';
import {
  describeRun,
  DIGEST_PRESETS,
  digestChoiceOf,
  previewSchedule,
  scheduleOf,
} from '../../../tab/src/settings/digestSchedule';

// A Monday, 12:00 UTC.
const NOW = new Date('2026-11-23T12:00:00Z');

describe('the digest schedule presets', () => {
  it('map each preset to its cron and back', () => {
    const { t } = translatorFor('en');
    expect(DIGEST_PRESETS.map((preset) => [t(preset.label), preset.cron])).toEqual([
      ['Off', null],
      ['Weekly on Monday at 9:00', '0 9 * * 1'],
      ['Weekly on Friday at 16:00', '0 16 * * 5'],
      ['Monthly on the 1st at 9:00', '0 9 1 * *'],
      ['Custom', undefined],
    ]);
    for (const preset of DIGEST_PRESETS.filter((p) => p.cron !== undefined)) {
      const choice = digestChoiceOf(preset.cron ?? null);
      expect(choice).toEqual({ preset: preset.id, custom: '' });
      expect(scheduleOf(choice)).toBe(preset.cron);
    }
  });

  it('read a preset’s cron with other spacing as the preset, and any other cron as custom', () => {
    expect(digestChoiceOf('  0  16 * *   5 ')).toEqual({ preset: 'friday', custom: '' });
    expect(digestChoiceOf('30 8 * * 1-5')).toEqual({ preset: 'custom', custom: '30 8 * * 1-5' });
    expect(scheduleOf({ preset: 'custom', custom: ' 30  8 * * 1-5 ' })).toBe('30 8 * * 1-5');
    // A custom cron that happens to be a preset's is saved as that cron.
    expect(scheduleOf({ preset: 'custom', custom: '0 9 1 * *' })).toBe('0 9 1 * *');
    // Switching to a preset ignores what was typed for custom.
    expect(scheduleOf({ preset: 'off', custom: '30 8 * * 1-5' })).toBeNull();
    expect(scheduleOf({ preset: 'monday', custom: '30 8 * * 1-5' })).toBe('0 9 * * 1');
  });
});

describe('the live preview of a schedule', () => {
  it('gives the next three runs in the schedule’s time zone', () => {
    const preview = previewSchedule('0 9 * * 1', 'Europe/Berlin', NOW);
    expect('runs' in preview && preview.runs.map((run) => run.toISOString())).toEqual([
      '2026-11-30T08:00:00.000Z',
      '2026-12-07T08:00:00.000Z',
      '2026-12-14T08:00:00.000Z',
    ]);
    const [first] = 'runs' in preview ? preview.runs : [];
    // The comma after the weekday depends on the ICU data of the runtime.
    expect(describeRun(first!, 'Europe/Berlin', 'en-GB')).toMatch(/^Monday,? 30 November 2026 at 09:00$/);
  });

  it('follows daylight saving time in the zone', () => {
    const preview = previewSchedule('0 9 1 * *', 'America/New_York', new Date('2027-02-15T00:00:00Z'));
    expect('runs' in preview && preview.runs.map((run) => run.toISOString())).toEqual([
      '2027-03-01T14:00:00.000Z',
      '2027-04-01T13:00:00.000Z',
      '2027-05-01T13:00:00.000Z',
    ]);
  });

  it('says in words what is wrong with a schedule that does not parse, runs too often or never', () => {
    const problem = (cron: string) => {
      const preview = previewSchedule(cron, 'UTC', NOW);
      return 'problem' in preview ? preview.problem : undefined;
    };
    expect(problem('')).toMatch(/^Enter a schedule\./);
    expect(problem('0 9 * *')).toMatch(/doesn’t parse\. Use five fields/);
    expect(problem('0 0 9 * * 1')).toMatch(/doesn’t parse/);
    expect(problem('61 9 * * 1')).toMatch(/^The minute is out of range/);
    expect(problem('every monday')).toMatch(/doesn’t parse/);
    expect(problem('*/15 9 * * 1')).toBe(
      'A digest goes out at most once a day: give one minute and one hour.',
    );
    expect(problem('0 9,17 * * *')).toMatch(/at most once a day/);
    expect(problem('0 9 30 2 *')).toBe('This schedule never comes round: check the day and month.');
    expect(problem('0 9 * * 1-5')).toBeUndefined();
  });
});
