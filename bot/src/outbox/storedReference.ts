import { z } from 'zod';
import type { ConnectorTarget } from './proactiveSender.js';

/** Where a message can be sent or edited: the Bot Connector that serves the conversation, and its tenant. */
const connectorTargetSchema = z.object({
  serviceUrl: z.string().url(),
  conversationId: z.string().min(1),
  tenantId: z.string().min(1),
});

/**
 * What the bot keeps of a conversation to speak in it later: the Bot Connector that serves it, the conversation
 * and the tenant. Stored as JSON text in the domain's ConversationRecord and parsed back with this schema.
 */
export const storedReferenceSchema = connectorTargetSchema.extend({
  channelId: z.string().min(1),
  botId: z.string(),
});
export type StoredReference = z.output<typeof storedReferenceSchema>;

export const serializeReference = (reference: StoredReference): string => JSON.stringify(reference);

/** A card's place, as a posted card keeps it (see PostedCard.reference); `targetOf` reads it back. */
export const serializeTarget = (target: ConnectorTarget): string =>
  JSON.stringify({
    serviceUrl: target.serviceUrl,
    conversationId: target.conversationId,
    tenantId: target.tenantId,
  });

/** The target of a stored reference or of a serialized target. */
export function targetOf(serialized: string): ConnectorTarget {
  return connectorTargetSchema.parse(JSON.parse(serialized));
}

/** A channel's own conversation id: a reply thread's id carries `;messageid=`, and a new post must not. */
export const channelConversationId = (conversationId: string): string =>
  conversationId.split(';')[0] ?? conversationId;
