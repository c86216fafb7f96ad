import { ID_PATTERN } from '@ideabar/core';
import type { Annotation } from './operation.js';

const WORD = /^[A-Za-z][A-Za-z/]{0,59}$/;

/**
 * What a bot turn's log line says of its activity: its type, an invoke's name and the tenant it claims — never its
 * text, its card data or its sender. Whatever does not look like a plain name is left out rather than logged.
 */
export function botTurnOf(activity: unknown): Annotation {
  const record = asRecord(activity);
  const type = word(record?.type);
  const name = type === 'invoke' ? word(record?.name) : undefined;
  const tenant =
    id(asRecord(record?.conversation)?.tenantId) ?? id(asRecord(asRecord(record?.channelData)?.tenant)?.id);
  return {
    kind: 'botTurn',
    activity: type ? (name ? `${type}/${name}` : type) : 'unknown',
    ...(tenant ? { tenant } : {}),
  };
}

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
const word = (value: unknown): string | undefined =>
  typeof value === 'string' && WORD.test(value) ? value : undefined;
const id = (value: unknown): string | undefined =>
  typeof value === 'string' && ID_PATTERN.test(value) ? value : undefined;
