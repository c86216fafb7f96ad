import type { z } from 'zod';
import { ValidationError } from './errors.js';

/**
 * Parses untrusted input against a use case's schema. Every problem comes back at once, each naming the field
 * it belongs to, so a form can show all of them beside their inputs.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, root = 'body'): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.map(String).join('.') : root,
    message: issue.message,
  }));
  throw new ValidationError(fields);
}
