import { z } from 'zod';
import { ERROR_REASONS, FIELD_PROBLEMS } from '../../core/src/index.js';

/** A refused field: English words, and the kind and limit a face words in the reader's language. */
export const fieldProblem = z.strictObject({
  field: z.string().min(1),
  message: z.string().trim().min(1),
  problem: z.enum(FIELD_PROBLEMS).optional(),
  limit: z.number().int().nonnegative().optional(),
});

const errorMessage = z.string().trim().min(1);

/**
 * The API's one error shape: a code, English words, the refusal's case where it has one (for a face to word in the
 * reader's language), and for refused input the fields at fault.
 */
export const errorAnswer = z.strictObject({
  error: z.strictObject({
    code: z.string(),
    message: errorMessage,
    reason: z.enum(ERROR_REASONS).optional(),
    fields: z.array(fieldProblem).min(1).optional(),
  }),
});

/** A refusal of input: the error shape with code `validation`, naming at least one field. */
export const validationAnswer = z.strictObject({
  error: z.strictObject({
    code: z.literal('validation'),
    message: errorMessage,
    fields: z.array(fieldProblem).min(1),
  }),
});
