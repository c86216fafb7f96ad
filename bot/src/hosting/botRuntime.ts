import {
  CallerIdConstants,
  CloudAdapter,
  type Activity,
  type InvokeResponse,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type TurnContext,
} from 'botbuilder';
import {
  AuthenticationConstants,
  AuthenticationError,
  type AuthenticateRequestResult,
} from 'botframework-connector';
import {
  followRecorded,
  translatorFor,
  TooManyRequestsError,
  UnauthorizedError,
  UnavailableError,
  type IdeaBarContext,
  type NotificationRepositories,
} from '@ideabar/core';
import { IdeaBarBot } from './ideaBarBot.js';
import type { BotServices } from '../botServices.js';
import { errorCard } from '../cards/errorCard.js';
import { parseActivity, READ_ONLY_INVOKES } from './activity.js';
import { answerTooFast } from './tooFast.js';
import { tenantOf } from '../turns/caller.js';
import { attachmentOf } from '../cards/adaptiveCard.js';
import { connectorTokenFor, type BotCredentials, type TokenNetwork } from './connectorToken.js';
import { CardUpdates } from '../sharedCards/cardUpdates.js';
import { IdeaChangeFollower } from '../outbox/ideaChanges.js';
import { forgetGoneCard, recordedCards } from '../sharedCards/postedCards.js';
import { HttpBotConnector, ProactiveSender, type BotConnector } from '../outbox/proactiveSender.js';
import type { RetryPolicy } from '../outbox/retryPolicy.js';
import { digestReminder } from '../reminders/digestReminder.js';
import type { ScheduledReminder } from '../reminders/reminder.js';
import type { BotSettings } from '../settings.js';
import { sharedIdeaComposer } from '../sharedCards/sharedIdeaCard.js';

export type { BotCredentials } from './connectorToken.js';

export interface BotRuntimeOptions {
  ideabar: IdeaBarContext;
  store: NotificationRepositories;
  settings: BotSettings;
  credentials: BotCredentials;
  /** Stands in for the Bot Connector's proactive API (tests, benchmarks); the real HTTP one otherwise. */
  connector?: BotConnector;
  /** Stands in for Microsoft Entra ID when the real HTTP connector gets its token (tests). */
  tokenNetwork?: TokenNetwork;
  retry?: Partial<RetryPolicy>;
  /** Reminder schedules (six-field NCRONTAB, UTC). */
  schedules: { digest: string };
  faults(error: unknown): void;
  /** Where Bot Framework's signing keys are described; Bot Framework's own address unless a test stands in for it. */
  openIdMetadataUrl?: string;
  /**
   * Counts one command (a message or a card action) by this person against the write limits, or throws
   * TooManyRequestsError; the person then gets an error card saying when to try again, and nothing runs.
   */
  writeGate?(caller: { tenantId: string; userId: string }): void;
}

export interface BotHttpRequest {
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

export interface BotHttpResponse {
  status: number;
  body: unknown;
}

export interface BotRuntime {
  services: BotServices;
  reminders: ScheduledReminder[];
  /**
   * Handles one POST to the messaging endpoint: checks the activity's shape (ValidationError), authenticates it
   * (UnauthorizedError; UnavailableError when Bot Framework's keys cannot be fetched), runs the turn, answers
   * (invokes: with a body).
   */
  process(request: BotHttpRequest): Promise<BotHttpResponse>;
  /** Follows the changes this process recorded and runs pending shared-card edits now (shutdown, tests). */
  flush(): Promise<void>;
}

export function createBotRuntime(options: BotRuntimeOptions): BotRuntime {
  const auth = {
    ...authConfiguration(options.credentials),
    ...(options.openIdMetadataUrl ? publicCloudWith(options.openIdMetadataUrl) : {}),
  };
  const authentication = new ConfigurationBotFrameworkAuthentication(auth);
  const adapter = new IdeaBarAdapter(authentication);
  adapter.onTurnError = async (context: TurnContext, error: unknown) => {
    options.faults(error);
    // Answering an invoke or a message with an apology; never the error itself.
    if (context.activity.type === 'message') {
      await context.sendActivity({
        type: 'message',
        attachments: [
          attachmentOf(
            errorCard(
              translatorFor(context.activity.locale).t('card.error.fault'),
              [],
              context.activity.locale,
            ),
          ),
        ],
      });
    }
  };
  const connector =
    options.connector ??
    new HttpBotConnector({
      token: connectorTokenFor(
        options.credentials,
        options.tokenNetwork ? { network: options.tokenNetwork } : {},
      ),
      botId: auth.MicrosoftAppId ? `28:${auth.MicrosoftAppId}` : 'ideabar',
    });
  const sender = new ProactiveSender(connector, {
    tenantRatePerSecond: options.settings.tenantRatePerSecond,
    shared: { store: options.store.sendSlots, faults: options.faults },
    ...(options.retry ? { retry: options.retry } : {}),
  });
  const services: BotServices = {
    ideabar: options.ideabar,
    store: options.store,
    settings: options.settings,
    sender,
    delivery: { outbox: options.store.outbox, sender, clock: options.ideabar.clock, faults: options.faults },
    // The composer reads through the services it belongs to; it first runs long after they exist.
    cardUpdates: new CardUpdates(
      sender,
      (place, refreshFor) => sharedIdeaComposer(services)(place, refreshFor),
      recordedCards(options.store),
      options.settings.cardUpdateIntervalMs,
      options.faults,
      forgetGoneCard(options),
    ),
    faults: options.faults,
  };
  const bot = new IdeaBarBot(services);
  // The bot's one road for side effects: every change, from whichever face, reaches it here.
  options.ideabar.outbox.subscribe(new IdeaChangeFollower(services));

  /**
   * Bot Framework's token check, told apart from its failures: a token it refuses is the caller's problem (401);
   * keys or metadata it cannot fetch are ours, for a while (503, and Teams retries). No exception text leaves.
   */
  async function authenticate(activity: Activity, authorization: string): Promise<AuthenticateRequestResult> {
    try {
      return await authentication.authenticateRequest(activity, authorization);
    } catch (error) {
      const refused = error instanceof AuthenticationError && (error.statusCode ?? 401) < 500;
      if (refused) throw new UnauthorizedError('The Bot Framework token on this request is not valid.');
      throw new UnavailableError(
        'IdeaBar cannot check Bot Framework tokens right now: their keys are out of reach. Try again shortly.',
        30,
        { cause: error },
      );
    }
  }

  /** The limit a command would pass, if it would not: only what people send (messages, card actions) counts. */
  function refusedByLimits(activity: Activity): TooManyRequestsError | undefined {
    if (!options.writeGate || (activity.type !== 'message' && activity.type !== 'invoke')) return undefined;
    if (activity.type === 'invoke' && READ_ONLY_INVOKES.includes(activity.name ?? '')) return undefined;
    const tenantId = tenantOf(activity);
    const userId = activity.from.aadObjectId ?? activity.from.id;
    if (!tenantId) return undefined;
    try {
      options.writeGate({ tenantId, userId });
      return undefined;
    } catch (error) {
      if (error instanceof TooManyRequestsError) return error;
      throw error;
    }
  }

  return {
    services,
    reminders: [digestReminder(options.schedules.digest)],
    async process(request) {
      const activity = parseActivity(request.body);
      const authorization = request.headers.authorization ?? request.headers.Authorization ?? '';
      const authenticated = await authenticate(activity, authorization);
      const tooFast = refusedByLimits(activity);
      const answer = await adapter.runTurn(authenticated, activity, (context) =>
        tooFast ? answerTooFast(context, tooFast) : bot.run(context),
      );
      return { status: answer?.status ?? 200, body: answer?.body };
    },
    async flush() {
      // Changes first: the edits they ask for are then flushed too.
      await followRecorded(options.ideabar);
      await options.ideabar.outbox.idle();
      await services.cardUpdates.flush();
    },
  };
}

/**
 * Bot Framework's public-cloud settings with another metadata address. botbuilder takes any one of these settings as
 * a sign that all of them are given, so the others are spelled out as the public cloud has them.
 */
function publicCloudWith(openIdMetadataUrl: string): Partial<ConfigurationBotFrameworkAuthenticationOptions> {
  return {
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}

/** The adapter, with a turn that starts from a request already authenticated (see `authenticate`). */
class IdeaBarAdapter extends CloudAdapter {
  runTurn(
    authenticated: AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authenticated, activity, logic);
  }
}

type AuthSettings = ConfigurationBotFrameworkAuthenticationOptions & {
  MicrosoftAppId: string;
  MicrosoftAppPassword: string;
  MicrosoftAppType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  MicrosoftAppTenantId: string;
};

function authConfiguration(credentials: BotCredentials): AuthSettings {
  switch (credentials.kind) {
    case 'none':
      return {
        MicrosoftAppId: '',
        MicrosoftAppPassword: '',
        MicrosoftAppType: 'MultiTenant',
        MicrosoftAppTenantId: '',
      };
    case 'secret':
      return {
        MicrosoftAppId: credentials.appId,
        MicrosoftAppPassword: credentials.password,
        MicrosoftAppType: credentials.tenantId ? 'SingleTenant' : 'MultiTenant',
        MicrosoftAppTenantId: credentials.tenantId ?? '',
      };
    case 'managedIdentity':
      return {
        MicrosoftAppId: credentials.appId,
        MicrosoftAppPassword: '',
        MicrosoftAppType: 'UserAssignedMSI',
        MicrosoftAppTenantId: credentials.tenantId,
      };
  }
}
