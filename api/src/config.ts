import { z } from 'zod';
import type { BotCredentials, BotSettings } from '@ideabar/bot';
import { DEFAULT_RESPONSE_SLA_BUSINESS_DAYS, type ItMemberSeed } from '@ideabar/core';
import { localDevSigningKey } from './auth/devSigningKey.js';
import type { WriteLimitsConfig } from './limits/writeLimits.js';
import type { Rate } from './limits/tokenBuckets.js';
import { DEFAULT_STORAGE_DEADLINES, type StorageDeadlines } from './storage/tables.js';

/** Azurite's well-known development account: public, and only ever valid against a local emulator. */
export const AZURITE_CONNECTION_STRING =
  'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;' +
  'AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;' +
  'TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;';

/**
 * Settings Azure App Service and Azure Functions set on every instance they host (and Container Apps on its own),
 * which no laptop has. WEBSITE_HOSTNAME and FUNCTIONS_WORKER_RUNTIME are not among them: Core Tools sets those for
 * `func start` on a laptop too.
 */
export const AZURE_HOSTING_SETTINGS = [
  'WEBSITE_INSTANCE_ID',
  'WEBSITE_SITE_NAME',
  'WEBSITE_OWNER_NAME',
  'CONTAINER_APP_NAME',
] as const;

/** What `npm start`, the seed script and the tests choose on purpose: local sign-in with dev tokens. */
export const LOCAL_SETTINGS = { AUTH_MODE: 'dev' } as const;

const list = z
  .string()
  .transform((text) =>
    text
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  )
  .default([]);

const itMembers = z
  .string()
  .default('')
  .transform((text, ctx) => {
    const seeds: ItMemberSeed[] = [];
    for (const entry of text
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean)) {
      const [tenantId, userId, extra] = entry.split(':');
      if (!tenantId || !userId || extra !== undefined) {
        ctx.addIssue({ code: 'custom', message: `"${entry}" is not tenantId:userId` });
        continue;
      }
      seeds.push({ tenantId, userId });
    }
    return seeds;
  });

/**
 * An Application Insights connection string: `key=value` pairs separated by semicolons, with the resource's
 * instrumentation key (a GUID) and, if given, http(s) ingestion and live endpoints. Empty means telemetry is off.
 */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const appInsightsConnectionString = z
  .string()
  .trim()
  .refine((text) => text === '' || isAppInsightsConnectionString(text), {
    message:
      'an Application Insights connection string, such as InstrumentationKey=<GUID>;IngestionEndpoint=https://…/ ' +
      '(copy it from the resource’s Overview page)',
  })
  .transform((text) => (text === '' ? null : text))
  .optional();

function isAppInsightsConnectionString(text: string): boolean {
  const pairs = text.split(';').filter((pair) => pair.trim() !== '');
  const fields = new Map<string, string>();
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) return false;
    fields.set(pair.slice(0, at).trim().toLowerCase(), pair.slice(at + 1).trim());
  }
  if (!GUID.test(fields.get('instrumentationkey') ?? '')) return false;
  return ['ingestionendpoint', 'liveendpoint'].every((name) => {
    const endpoint = fields.get(name);
    if (endpoint === undefined) return true;
    try {
      return ['https:', 'http:'].includes(new URL(endpoint).protocol);
    } catch {
      return false;
    }
  });
}

const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000 } as const;

/** A write limit: `count/window`, such as `10/10m` (ten in any ten minutes) or `60/1m`; s, m or h. */
const rate = (fallback: string) =>
  z
    .string()
    .trim()
    .default(fallback)
    .transform((text, ctx): Rate => {
      const match = /^(\d+)\/(\d+)([smh])$/.exec(text);
      const count = Number(match?.[1]);
      const windowMs = Number(match?.[2]) * UNIT_MS[(match?.[3] ?? 's') as keyof typeof UNIT_MS];
      if (!match || count < 1 || windowMs < 1_000 || count > 1_000_000 || windowMs > 24 * 3_600_000) {
        ctx.addIssue({ code: 'custom', message: 'count/window, such as 10/10m (s, m or h; at most 24h)' });
        return { count: 1, windowMs: 1_000 };
      }
      return { count, windowMs };
    });

/** Six-field NCRONTAB (seconds first), as Azure Functions reads timer schedules. */
const ncrontab = z
  .string()
  .trim()
  .refine((text) => text.split(/\s+/).length === 6, 'six fields: second minute hour day month weekday');

const settings = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  STORAGE_CONNECTION_STRING: z.string().min(1).optional(),
  STORAGE_TABLE_ENDPOINT: z
    .url({
      protocol: /^https$/,
      error: 'the storage account’s table endpoint, https://<account>.table.core.windows.net/',
    })
    .optional(),
  TABLE_PREFIX: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9]{0,29}$/, 'letters and digits, starting with a letter, at most 30')
    .default('ideabar'),
  STORAGE_TRY_TIMEOUT_MS: z.coerce
    .number()
    .int('whole milliseconds')
    .min(100, 'from 100 to 60000 ms')
    .max(60_000, 'from 100 to 60000 ms')
    .default(DEFAULT_STORAGE_DEADLINES.tryTimeoutMs),
  STORAGE_BUDGET_MS: z.coerce
    .number()
    .int('whole milliseconds')
    .min(500, 'from 500 to 120000 ms')
    .max(120_000, 'from 500 to 120000 ms (well inside the Functions timeout)')
    .default(DEFAULT_STORAGE_DEADLINES.budgetMs),
  PORT: z.coerce.number().int().min(0).max(65_535).default(7071),
  AUTH_MODE: z.enum(['dev', 'entra'], {
    error:
      'choose how people sign in: entra (Entra ID, for any deployment) or dev (local dev tokens, for a laptop ' +
      'and tests; npm start chooses it for you)',
  }),
  DEV_AUTH_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  ENTRA_CLIENT_ID: z.string().uuid('the app registration’s client id (a GUID)').optional(),
  ENTRA_AUDIENCE: z.string().min(1).optional(),
  ALLOWED_TENANTS: list,
  IT_MEMBERS: itMembers,
  BOT_APP_ID: z.string().uuid('the bot’s Microsoft app id (a GUID)').optional(),
  BOT_APP_PASSWORD: z.string().min(1).optional(),
  BOT_MANAGED_IDENTITY: z.enum(['true', 'false']).default('false'),
  BOT_APP_TENANT_ID: z.string().uuid('the Entra tenant id (a GUID)').optional(),
  BOT_TENANT_RATE: z.coerce
    .number()
    .int('a whole number per second')
    .min(1, 'from 1 to 50 per second')
    .max(50, 'from 1 to 50 per second')
    .default(30),
  BOT_CARD_UPDATE_SECONDS: z.coerce
    .number()
    .min(1, 'from 1 to 60 seconds')
    .max(60, 'from 1 to 60 seconds')
    .default(5),
  // How often the digest timer looks for boards whose digest is due; each board's own schedule is a board setting.
  // (DIGEST_DEFAULT, the app-wide frequency before boards had schedules, is no longer read.)
  DIGEST_SCHEDULE: ncrontab.default('0 */15 * * * *'),
  TEAMS_APP_ID: z.string().uuid('the Teams app id from the manifest (a GUID)').optional(),
  // Empty where the app is not published to a catalog (Bicep passes its empty default through).
  TEAMS_PUBLISHED_APP_ID: z
    .string()
    .refine(
      (text) => text === '' || GUID.test(text),
      'the id your organisation’s app catalog gave the app (a GUID)',
    )
    .optional(),
  TAB_URL: z.string().url('the tab’s address, such as https://ideabar.example.com/').optional(),
  RESPONSE_SLA_BUSINESS_DAYS: z.coerce
    .number()
    .int('a whole number of business days')
    .min(1, 'from 1 to 60 business days')
    .max(60, 'from 1 to 60 business days')
    .default(DEFAULT_RESPONSE_SLA_BUSINESS_DAYS),
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString,
  LIMIT_IDEAS: rate('10/10m'),
  LIMIT_COMMENTS: rate('30/10m'),
  LIMIT_VOTES: rate('60/1m'),
  LIMIT_APPEALS: rate('5/1h'),
  LIMIT_BOT_COMMANDS: rate('30/1m'),
  LIMIT_TENANT_WRITES: rate('3000/1m'),
  // Read only to tell whether Azure hosts this process (AZURE_HOSTING_SETTINGS).
  WEBSITE_INSTANCE_ID: z.string().optional(),
  WEBSITE_SITE_NAME: z.string().optional(),
  WEBSITE_OWNER_NAME: z.string().optional(),
  CONTAINER_APP_NAME: z.string().optional(),
});

/** The settings the rules between settings compare. */
const modes = settings.pick({
  NODE_ENV: true,
  AUTH_MODE: true,
  BOT_MANAGED_IDENTITY: true,
  WEBSITE_INSTANCE_ID: true,
  WEBSITE_SITE_NAME: true,
  WEBSITE_OWNER_NAME: true,
  CONTAINER_APP_NAME: true,
});

const environment = settings.superRefine(
  (env, ctx) => {
    if (env.AUTH_MODE === 'dev' && env.NODE_ENV === 'production') {
      ctx.addIssue({ code: 'custom', path: ['AUTH_MODE'], message: 'dev sign-in is refused in production' });
    }
    const azure = AZURE_HOSTING_SETTINGS.filter((name) => env[name]);
    if (env.AUTH_MODE === 'dev' && azure.length > 0) {
      const message =
        `dev sign-in is refused where Azure hosts IdeaBar (${azure.join(', ')} set): anyone could mint ` +
        'an IT member’s token; use AUTH_MODE=entra';
      ctx.addIssue({ code: 'custom', path: ['AUTH_MODE'], message });
    }
    if (env.STORAGE_TRY_TIMEOUT_MS > env.STORAGE_BUDGET_MS) {
      const message = 'at most STORAGE_BUDGET_MS: one try cannot take longer than the whole call';
      ctx.addIssue({ code: 'custom', path: ['STORAGE_TRY_TIMEOUT_MS'], message });
    }
    if (env.STORAGE_CONNECTION_STRING && env.STORAGE_TABLE_ENDPOINT) {
      const message =
        'set STORAGE_TABLE_ENDPOINT (Entra sign-in) or STORAGE_CONNECTION_STRING (a key), not both';
      ctx.addIssue({ code: 'custom', path: ['STORAGE_TABLE_ENDPOINT'], message });
    }
    if (env.AUTH_MODE === 'entra' && !env.ENTRA_CLIENT_ID) {
      ctx.addIssue({ code: 'custom', path: ['ENTRA_CLIENT_ID'], message: 'required when AUTH_MODE=entra' });
    }
    const managed = env.BOT_MANAGED_IDENTITY === 'true';
    if (env.BOT_APP_ID && !env.BOT_APP_PASSWORD && !managed) {
      const message = 'required with BOT_APP_ID, unless BOT_MANAGED_IDENTITY=true';
      ctx.addIssue({ code: 'custom', path: ['BOT_APP_PASSWORD'], message });
    }
    if (!env.BOT_APP_ID && (env.BOT_APP_PASSWORD || managed)) {
      ctx.addIssue({ code: 'custom', path: ['BOT_APP_ID'], message: 'required with bot credentials' });
    }
    if (env.BOT_APP_ID && managed && !env.BOT_APP_TENANT_ID) {
      const message = 'required when BOT_MANAGED_IDENTITY=true';
      ctx.addIssue({ code: 'custom', path: ['BOT_APP_TENANT_ID'], message });
    }
  },
  // Zod skips these rules once any setting fails outright (a PORT that is no number, a malformed IT_MEMBERS), which
  // would hide "dev sign-in in production" until that is fixed; they need only the modes to have parsed.
  { when: (payload) => modes.safeParse(payload.value).success },
);

export type AuthConfig =
  | { mode: 'dev'; secret: string; audience: string; allowedTenants: string[] }
  | { mode: 'entra'; clientId: string; audiences: string[]; allowedTenants: string[] };

export interface Config {
  environment: 'development' | 'test' | 'production';
  /**
   * Where the tables are: `tableEndpoint`, reached with the app's managed identity (Azure), or else
   * `connectionString` (Azurite's well-known one unless set).
   */
  storage: {
    connectionString: string;
    tableEndpoint: string | null;
    tablePrefix: string;
    deadlines: StorageDeadlines;
  };
  port: number;
  auth: AuthConfig;
  itMembers: ItMemberSeed[];
  bot: BotConfig;
  /** Time to IT's first public answer that IdeaBar holds IT to, in business days. */
  responseSlaBusinessDays: number;
  /** Where traces go besides the logs: Application Insights, when its connection string is set; off otherwise. */
  telemetry: TelemetryConfig;
  /** How fast one person, and one tenant, may write (see api/src/limits/). */
  writeLimits: WriteLimitsConfig;
}

export interface TelemetryConfig {
  connectionString: string | null;
}

export interface BotConfig {
  /** `none` locally: the messaging endpoint checks no Bot Framework token, and it is not served in production. */
  credentials: BotCredentials;
  settings: BotSettings;
  schedules: { digest: string };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`IdeaBar cannot start; fix these settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export const DEV_AUDIENCE = 'api://ideabar-local';

/**
 * Reads the process environment once. Every missing or malformed setting is reported together, so a deployment
 * is fixed in one pass rather than one restart per mistake. Nothing else in IdeaBar reads process.env.
 * Dev sign-in must be chosen (`AUTH_MODE=dev`) and is refused in production and wherever Azure hosts the app; its
 * signing key is DEV_AUTH_SECRET or, without it, one generated on first use and kept in .data/ (`devSigningKey`).
 */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  local: { devSigningKey?: () => string } = {},
): Config {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`),
    );
  }
  const e = parsed.data;
  const auth: AuthConfig =
    e.AUTH_MODE === 'dev'
      ? {
          mode: 'dev',
          secret: e.DEV_AUTH_SECRET ?? (local.devSigningKey ?? localDevSigningKey)(),
          audience: DEV_AUDIENCE,
          allowedTenants: e.ALLOWED_TENANTS,
        }
      : {
          mode: 'entra',
          clientId: e.ENTRA_CLIENT_ID as string,
          audiences: [e.ENTRA_AUDIENCE ?? `api://${e.ENTRA_CLIENT_ID}`, e.ENTRA_CLIENT_ID as string],
          allowedTenants: e.ALLOWED_TENANTS,
        };
  return {
    environment: e.NODE_ENV,
    storage: {
      connectionString: e.STORAGE_CONNECTION_STRING ?? AZURITE_CONNECTION_STRING,
      tableEndpoint: e.STORAGE_TABLE_ENDPOINT ?? null,
      tablePrefix: e.TABLE_PREFIX,
      deadlines: { tryTimeoutMs: e.STORAGE_TRY_TIMEOUT_MS, budgetMs: e.STORAGE_BUDGET_MS },
    },
    port: e.PORT,
    auth,
    itMembers: e.IT_MEMBERS,
    bot: botConfig(e),
    responseSlaBusinessDays: e.RESPONSE_SLA_BUSINESS_DAYS,
    telemetry: { connectionString: e.APPLICATIONINSIGHTS_CONNECTION_STRING ?? null },
    writeLimits: {
      perPerson: {
        ideas: e.LIMIT_IDEAS,
        comments: e.LIMIT_COMMENTS,
        votes: e.LIMIT_VOTES,
        appeals: e.LIMIT_APPEALS,
        botCommands: e.LIMIT_BOT_COMMANDS,
      },
      perTenant: e.LIMIT_TENANT_WRITES,
    },
  };
}

function botConfig(e: z.output<typeof settings>): BotConfig {
  const credentials: BotCredentials = !e.BOT_APP_ID
    ? { kind: 'none' }
    : e.BOT_APP_PASSWORD
      ? {
          kind: 'secret',
          appId: e.BOT_APP_ID,
          password: e.BOT_APP_PASSWORD,
          tenantId: e.BOT_APP_TENANT_ID ?? null,
        }
      : { kind: 'managedIdentity', appId: e.BOT_APP_ID, tenantId: e.BOT_APP_TENANT_ID as string };
  return {
    credentials,
    settings: {
      appId: e.BOT_APP_ID ?? '',
      teamsAppId: e.TEAMS_APP_ID ?? null,
      teamsPublishedAppId: e.TEAMS_PUBLISHED_APP_ID || null,
      tabUrl: e.TAB_URL ?? `http://localhost:${e.PORT || 7071}/`,
      tenantRatePerSecond: e.BOT_TENANT_RATE,
      cardUpdateIntervalMs: e.BOT_CARD_UPDATE_SECONDS * 1_000,
    },
    schedules: { digest: e.DIGEST_SCHEDULE },
  };
}
