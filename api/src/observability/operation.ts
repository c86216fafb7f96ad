import { AsyncLocalStorage } from 'node:async_hooks';
import type { InvocationContext } from '@azure/functions';
import {
  context as otelContext,
  propagation,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
} from '@opentelemetry/api';
import { faultSummary, writeLine, type LineLevel, type OperationLine } from './log.js';

/**
 * The tracer, asked for at every operation rather than once at load: Application Insights registers its provider
 * later (see telemetry.ts), possibly through another build of @opentelemetry/api (its CommonJS one), and a tracer
 * taken before that would stay a no-op. Without Application Insights it is the no-op tracer: a span costs a call.
 */
const tracer = () => trace.getTracer('ideabar-api');

/** What only the route knows about its operation, added to its line and span while it runs. */
export interface Annotation {
  kind?: 'botTurn';
  tenant?: string;
  activity?: string;
}

const annotations = new AsyncLocalStorage<Annotation>();

/** Adds to the line and span of the operation running now; outside an operation it does nothing. */
export function annotateOperation(fields: Annotation): void {
  const current = annotations.getStore();
  if (current) Object.assign(current, fields);
  trace.getActiveSpan()?.setAttributes(attributesOf(fields));
}

export interface OperationStart {
  kind: 'request' | 'timer';
  /** The route's or the timer's name. */
  name: string;
  method?: string;
}

/** How an operation ended, as its line and span tell it. */
export interface Outcome {
  level: LineLevel;
  status: OperationLine['status'];
  tenant?: string;
  /** The error code of any answer that is not a success. */
  errorCode?: string;
  /** The error behind a failure, for the line's fault summary and the span's exception. */
  fault?: unknown;
  counts?: Record<string, number | boolean>;
}

export interface Operation {
  /** The id someone quotes when asking about this operation: the trace id, or the invocation id locally. */
  correlationId: string;
}

/**
 * Runs one request or timer run as an observed operation: inside a span (a child of the Functions host's trace, when
 * the host sent one) and ending with exactly one log line. `work` answers its result and its outcome; should it
 * throw instead, the line says `failed` with the fault and the error goes on to the host.
 */
export async function observeOperation<T>(
  context: InvocationContext,
  start: OperationStart,
  work: (operation: Operation) => Promise<{ result: T; outcome: Outcome }>,
): Promise<T> {
  const started = performance.now();
  const traceParent = context.traceContext?.traceParent;
  const operation: Operation = { correlationId: traceIdOf(traceParent) ?? context.invocationId };
  const carrier: Record<string, string> = {};
  if (traceParent) carrier.traceparent = traceParent;
  if (context.traceContext?.traceState) carrier.tracestate = context.traceContext.traceState;
  const parent = propagation.extract(otelContext.active(), carrier);
  const annotation: Annotation = {};
  const named = start.kind === 'timer' ? { 'ideabar.timer': start.name } : { 'ideabar.route': start.name };
  const span = tracer().startSpan(
    `${start.kind} ${start.name}`,
    {
      kind: traceParent ? SpanKind.INTERNAL : SpanKind.SERVER,
      attributes: {
        ...named,
        'faas.invocation_id': context.invocationId,
        ...(start.method ? { 'http.request.method': start.method } : {}),
      },
    },
    parent,
  );

  const finish = (outcome: Outcome) => {
    const tenant = outcome.tenant ?? annotation.tenant ?? null;
    const line: OperationLine = {
      kind: annotation.kind ?? start.kind,
      invocationId: context.invocationId,
      ...(start.kind === 'timer' ? { timer: start.name } : { route: start.name }),
      ...(start.method ? { method: start.method } : {}),
      tenant,
      status: outcome.status,
      durationMs: Math.round(performance.now() - started),
      ...(annotation.activity ? { activity: annotation.activity } : {}),
      ...(outcome.errorCode
        ? { error: { code: outcome.errorCode, correlationId: operation.correlationId } }
        : {}),
      ...(outcome.counts ? { counts: outcome.counts } : {}),
      ...(outcome.level === 'error' && outcome.fault !== undefined
        ? { fault: faultSummary(outcome.fault) }
        : {}),
    };
    writeLine(context, outcome.level, line);
    span.setAttributes({
      ...attributesOf({ tenant: tenant ?? undefined }),
      ...(typeof outcome.status === 'number' ? { 'http.response.status_code': outcome.status } : {}),
      ...(outcome.errorCode ? { 'error.type': outcome.errorCode } : {}),
    });
    if (outcome.level === 'error') {
      span.setStatus({ code: SpanStatusCode.ERROR });
      if (outcome.fault instanceof Error) span.recordException(outcome.fault);
    }
    span.end();
  };

  let done: { result: T; outcome: Outcome };
  try {
    done = await annotations.run(annotation, () =>
      otelContext.with(trace.setSpan(parent, span), () => work(operation)),
    );
  } catch (error) {
    finish({ level: 'error', status: 'failed', errorCode: 'internal', fault: error });
    throw error;
  }
  finish(done.outcome);
  return done.result;
}

function attributesOf(fields: Annotation): Attributes {
  return {
    ...(fields.tenant ? { 'ideabar.tenant': fields.tenant } : {}),
    ...(fields.activity ? { 'ideabar.activity': fields.activity } : {}),
  };
}

/** The trace id of a W3C `traceparent`, which Application Insights shows as the operation id. */
function traceIdOf(traceParent: string | undefined): string | undefined {
  const traceId = traceParent && /^[\da-f]{2}-([\da-f]{32})-[\da-f]{16}-[\da-f]{2}$/.exec(traceParent)?.[1];
  return traceId && !/^0+$/.test(traceId) ? traceId : undefined;
}
