import { describe, expect, it } from 'vitest';
import * as core from '@ideabar/core';
import {
  IDEA_STATUSES,
  NEXT_STATUSES,
  statusLabelKey,
  takesVotes,
  type IdeaStatus,
} from '@ideabar/core/workflow';
import { CATALOGS, LOCALES } from '../../../core/src/index.js';

describe('the workflow every face reads', () => {
  it('is one table: the tab’s entry point hands out the very objects the use cases enforce', () => {
    expect(NEXT_STATUSES).toBe(core.NEXT_STATUSES);
    expect(statusLabelKey).toBe(core.statusLabelKey);
    expect(takesVotes).toBe(core.takesVotes);
  });

  it('reaches every status from new except duplicate, which only merging reaches', () => {
    const reached = new Set<IdeaStatus>(['new']);
    // A Set's iteration visits what is added while it runs, so this walks every move from every status reached.
    for (const from of reached) for (const to of NEXT_STATUSES[from]) reached.add(to);
    expect([...reached].sort()).toEqual(IDEA_STATUSES.filter((status) => status !== 'duplicate').sort());
    expect(NEXT_STATUSES.duplicate).toEqual([]);
  });

  it('names each status in every language, with words of its own', () => {
    for (const locale of LOCALES) {
      const words = IDEA_STATUSES.map((status) => CATALOGS[locale][statusLabelKey(status)]);
      expect(
        words.every((word) => typeof word === 'string' && word.trim() !== ''),
        locale,
      ).toBe(true);
      expect(new Set(words).size, locale).toBe(IDEA_STATUSES.length);
    }
  });
});
