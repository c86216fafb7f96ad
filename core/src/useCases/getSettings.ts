import type { Holiday, Weekday } from '../calendar/workingDays.js';
import type { BoardView } from '../boards/board.js';
import type { IdeaBarContext } from '../context.js';
import type { Caller } from '../identity.js';
import { requireItMember } from '../members/requireItMember.js';
import { tenantSettingsOf } from '../settings/tenantSettingsOf.js';
import { listBoards } from './listBoards.js';
import { itMembersOf, type ItMemberList } from './manageItMembers.js';

export interface SettingsView extends ItMemberList {
  responseSlaBusinessDays: number;
  reminderLeadDays: number[];
  currency: string;
  /** The weekdays the tenant does not work, 0 (Sunday) to 6 (Saturday). */
  weekendDays: Weekday[];
  holidays: Holiday[];
  boards: BoardView[];
}

/** Everything an IT member can change, in one read for the settings page. */
export async function getSettings(ctx: IdeaBarContext, caller: Caller): Promise<SettingsView> {
  await requireItMember(ctx, caller, 'see the settings');
  const [settings, boards, members] = await Promise.all([
    tenantSettingsOf(ctx, caller.tenantId),
    listBoards(ctx, caller),
    itMembersOf(ctx, caller.tenantId),
  ]);
  return {
    responseSlaBusinessDays: settings.value.responseSlaBusinessDays,
    reminderLeadDays: settings.value.reminderLeadDays,
    currency: settings.value.currency,
    weekendDays: settings.value.weekendDays,
    holidays: settings.value.holidays,
    boards,
    ...members,
  };
}
