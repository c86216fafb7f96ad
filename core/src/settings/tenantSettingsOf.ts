import type { IdeaBarContext } from '../context.js';
import type { Versioned } from '../ports.js';
import { defaultSettings, type TenantSettings } from './tenantSettings.js';

/** The tenant's settings as stored, or the defaults (version null) until an IT member first changes them. */
export async function tenantSettingsOf(
  ctx: IdeaBarContext,
  tenantId: string,
): Promise<{ value: TenantSettings; version: string | null }> {
  const found: Versioned<TenantSettings> | undefined = await ctx.repos.settings.find(tenantId);
  return found ?? { value: defaultSettings(tenantId, ctx.policy.responseSlaBusinessDays), version: null };
}
