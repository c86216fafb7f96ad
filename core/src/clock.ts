import { monotonicFactory } from 'ulid';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Time-ordered ids: new comments sort after old ones as plain strings, which storage keys rely on. */
export interface IdSource {
  next(at: Date): string;
}

export function ulidSource(): IdSource {
  const factory = monotonicFactory();
  return { next: (at) => factory(at.getTime()) };
}
