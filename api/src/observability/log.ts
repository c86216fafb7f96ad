import type { InvocationContext } from '@azure/functions';
import { IdeaBarError } from '@ideabar/core';

export type OperationKind = 'request' | 'timer' | 'botTurn';
export type LineLevel = 'info' | 'warn' | 'error';

/**
 * The one line every request, timer run and bot turn writes, as JSON. Its fields are its whole vocabulary: ids,
 * names, numbers and error codes. A token, a header, or anything a person typed (a title, a description, a comment)
 * has no field to go in; only a failure's line (level `error`) carries the fault's own message.
 */
export interface OperationLine {
  kind: OperationKind;
  /** The Functions invocation id (the local host makes one up the same way). */
  invocationId: string;
  /** The route's name, for requests and bot turns. */
  route?: string;
  /** The timer's name, for timer runs. */
  timer?: string;
  method?: string;
  /** The tenant the operation acted for, once known: from the verified token, or the bot activity's tenant. */
  tenant: string | null;
  /** The HTTP status of a request or bot turn; `ok` or `failed` for a timer run. */
  status: number | 'ok' | 'failed';
  durationMs: number;
  /** For a bot turn: the activity's type, and an invoke's name (`invoke/adaptiveCard/action`). */
  activity?: string;
  /** For anything but a success: the error code, and the id to quote when asking about it. */
  error?: { code: string; correlationId: string };
  /** What a timer run did, in numbers. */
  counts?: Record<string, number | boolean>;
  /** For failures only: the fault's kind and message; a bug's stack. */
  fault?: Record<string, unknown>;
}

/**
 * Writes the line through the invocation's logger: in Azure Functions it becomes a trace in Application Insights,
 * with the invocation's operation id; under the local host it goes to the host's log handler (stdout for npm start).
 */
export function writeLine(context: InvocationContext, level: LineLevel, line: OperationLine): void {
  const text = JSON.stringify({ time: new Date().toISOString(), level, ...line });
  if (level === 'error') context.error(text);
  else if (level === 'warn') context.warn(text);
  else context.info(text);
}

/**
 * What a log needs of a fault: its kind and message, and for storage outages the underlying network or service
 * code. Bugs keep their stack. SDK errors are never logged whole: they carry request details.
 */
export function faultSummary(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { value: String(error) };
  const cause = error.cause instanceof Error ? error.cause : undefined;
  const code = (value: Error | undefined) =>
    value && 'code' in value && typeof value.code === 'string' ? value.code : undefined;
  return error instanceof IdeaBarError
    ? { kind: error.code, message: error.message, cause: cause && { name: cause.name, code: code(cause) } }
    : { name: error.name, message: error.message, code: code(error), stack: error.stack };
}
