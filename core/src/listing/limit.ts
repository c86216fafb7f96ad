import { z } from 'zod';

export const PAGE_LIMIT = { min: 1, max: 100, default: 50 } as const;

/** A page size from a query string: a whole number within bounds, 50 when absent. */
export const limitSchema = z.coerce
  .number({ error: 'Use a whole number.' })
  .int('Use a whole number.')
  .min(PAGE_LIMIT.min, `Use a number from ${PAGE_LIMIT.min} to ${PAGE_LIMIT.max}.`)
  .max(PAGE_LIMIT.max, `Use a number from ${PAGE_LIMIT.min} to ${PAGE_LIMIT.max}.`)
  .default(PAGE_LIMIT.default);
