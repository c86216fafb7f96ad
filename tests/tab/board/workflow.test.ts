import { NEXT_STATUSES as CORE_NEXT_STATUSES } from '@ideabar/core';
import { describe, expect, it } from 'vitest';
import { NEXT_STATUSES } from '../../../tab/src/board/workflow';

describe('the workflow the tab offers', () => {
  it('is core’s, move for move', () => {
    expect(NEXT_STATUSES).toEqual(CORE_NEXT_STATUSES);
  });
});
