import {
  ConfidentialClientApplication,
  ManagedIdentityApplication,
  type INetworkModule,
} from '@azure/msal-node';
import type { ConnectorToken } from '../outbox/proactiveSender.js';

/** How the bot proves who it is to Bot Framework, and checks who calls it. An empty app id means local, unchecked. */
export type BotCredentials =
  | { kind: 'none' }
  | { kind: 'secret'; appId: string; password: string; tenantId: string | null }
  | { kind: 'managedIdentity'; appId: string; tenantId: string };

/** The Bot Connector's resource: every token the bot sends it is for this audience. */
export const BOT_CONNECTOR_RESOURCE = 'https://api.botframework.com';
const BOT_CONNECTOR_SCOPE = `${BOT_CONNECTOR_RESOURCE}/.default`;
/** A multi-tenant bot's app registration is known to Bot Framework's own tenant, which issues its tokens. */
const BOT_FRAMEWORK_TENANT = 'botframework.com';

/** How MSAL reaches Microsoft Entra ID and the managed identity endpoint. */
export type TokenNetwork = INetworkModule;

export interface ConnectorTokenOptions {
  /** Stands in for Microsoft Entra ID and the managed identity endpoint (tests); the network otherwise. */
  network?: TokenNetwork;
}

/**
 * A bearer token for the Bot Connector, from the bot's app registration (client credentials with its secret) or its
 * user-assigned managed identity; none without an app id (locally). MSAL caches each token and asks for a new one
 * shortly before it expires, so a long-running host never sends an expired one.
 */
export function connectorTokenFor(
  credentials: BotCredentials,
  options: ConnectorTokenOptions = {},
): ConnectorToken {
  const system = options.network ? { networkClient: options.network } : {};
  switch (credentials.kind) {
    case 'none':
      return async () => null;
    case 'secret': {
      const client = new ConfidentialClientApplication({
        auth: {
          clientId: credentials.appId,
          clientSecret: credentials.password,
          authority: `https://login.microsoftonline.com/${credentials.tenantId ?? BOT_FRAMEWORK_TENANT}`,
        },
        system,
      });
      return async () => {
        const result = await client.acquireTokenByClientCredential({ scopes: [BOT_CONNECTOR_SCOPE] });
        if (!result?.accessToken) throw new Error('Microsoft Entra ID gave no token for the Bot Connector.');
        return result.accessToken;
      };
    }
    case 'managedIdentity': {
      const identity = new ManagedIdentityApplication({
        managedIdentityIdParams: { userAssignedClientId: credentials.appId },
        system,
      });
      return async () => (await identity.acquireToken({ resource: BOT_CONNECTOR_RESOURCE })).accessToken;
    }
  }
}
