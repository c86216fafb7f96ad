import { expect } from 'vitest';
import { ValidationError, type FieldError } from '../../core/src/index.js';

/** The fields a use case refused, failing the test unless `promise` rejects with a ValidationError. */
export async function fieldErrorsOf(promise: Promise<unknown>): Promise<FieldError[]> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fields;
}
