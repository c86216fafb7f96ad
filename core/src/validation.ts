import type { z } from 'zod';
import { FIELD_PROBLEMS, ValidationError, type FieldProblem } from './errors.js';

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
    ...problemOf(issue),
  }));
  throw new ValidationError(fields);
}

/** The kind of problem behind zod's issue, and the limit it broke, so a face can word it in any language. */
function problemOf(issue: z.core.$ZodIssue): { problem: FieldProblem; limit?: number } {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin !== 'string') return { problem: 'invalid' };
      return Number(issue.minimum) <= 1
        ? { problem: 'required' }
        : { problem: 'too_short', limit: Number(issue.minimum) };
    case 'too_big':
      if (issue.origin === 'string') return { problem: 'too_long', limit: Number(issue.maximum) };
      if (issue.origin === 'array') return { problem: 'too_many', limit: Number(issue.maximum) };
      return { problem: 'invalid' };
    case 'invalid_type':
      return { problem: issue.input === undefined ? 'required' : 'invalid' };
    case 'invalid_value':
      return { problem: 'invalid_choice' };
    case 'custom': {
      // A refinement names its kind in params (`{ problem: 'too_short', limit: 20 }`); any other is not valid.
      const named: unknown = issue.params?.['problem'];
      const limit: unknown = issue.params?.['limit'];
      return {
        problem: FIELD_PROBLEMS.find((problem) => problem === named) ?? 'invalid',
        ...(typeof limit === 'number' ? { limit } : {}),
      };
    }
    default:
      return { problem: 'invalid' };
  }
}
