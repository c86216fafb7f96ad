import { exportIdeas as exportIdeasUseCase } from '@ideabar/core';
import type { UserHandler } from '../http/route.js';

/** IT's planning export as a CSV download. */
export const exportIdeas: UserHandler = async ({ caller, query }, { ideabar }) => {
  const csv = await exportIdeasUseCase(ideabar, caller, query);
  return {
    status: 200,
    // A byte-order mark lets spreadsheet programs read the UTF-8 as UTF-8.
    text: `\uFEFF${csv}`,
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="ideabar-ideas.csv"',
    },
  };
};
