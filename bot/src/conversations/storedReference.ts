import { z } from 'zod';
import type { ConnectorTarget } from '../proactive/botConnector.js';

/**
 * What the bot keeps of a conversation to speak in it later: the Bot Connector that serves it, the conversation
 * and the tenant. Stored as JSON text in the domain's ConversationRecord and parsed back with this schema.
 */
export const storedReferenceSchema = z.object({
  serviceUrl: z.string().url(),
  conversationId: z.string().min(1),
  tenantId: z.string().min(1),
  channelId: z.string().min(1),
  botId: z.string(),
});
export type StoredReference = z.output<typeof storedReferenceSchema>;

export const serializeReference = (reference: StoredReference): string => JSON.stringify(reference);

export function targetOf(serialized: string): ConnectorTarget {
  const reference = storedReferenceSchema.parse(JSON.parse(serialized));
  return {
    serviceUrl: reference.serviceUrl,
    conversationId: reference.conversationId,
    tenantId: reference.tenantId,
  };
}

/** A channel's own conversation id: a reply thread's id carries `;messageid=`, and a new post must not. */
export const channelConversationId = (conversationId: string): string =>
  conversationId.split(';')[0] ?? conversationId;
