import { useCallback, useMemo } from 'react';
import type { Translator } from '@ideabar/core';
import { problemMessage } from '../api/apiError';
import { useTranslator } from '../app/translation';
import { useIdeaBarApi } from '../api/ideaBarApi';
import type { AnnouncementChannel, BoardChange, BoardSettings } from '../api/settingsApi';
import { digestChoiceOf, previewSchedule, scheduleOf, type DigestChoice } from './digestSchedule';
import type { BoardSectionProps, FieldMessages } from './SettingsPage.types';
import { browserTimeZone, isTimeZone, timeZoneNames } from './timeZones';
import { useLoaded } from '../shared/useLoaded';
import { useForm } from '../shared/useForm';

export interface AnnouncementsDraft {
  announcementChannel: string | null;
  digestSchedule: DigestChoice;
  timeZone: string;
}

type Channels =
  | { status: 'loading' }
  | { status: 'ready'; items: AnnouncementChannel[] }
  | { status: 'error'; problem: string };

const draftOf = (board: BoardSettings): AnnouncementsDraft => ({
  announcementChannel: board.announcementChannel,
  digestSchedule: digestChoiceOf(board.digestSchedule),
  timeZone: board.timeZone || browserTimeZone(),
});

/** What is compared to tell a change: the schedule as it would be saved, not how it was picked. */
const effective = (draft: AnnouncementsDraft) => ({
  announcementChannel: draft.announcementChannel,
  digestSchedule: scheduleOf(draft.digestSchedule),
  timeZone: draft.timeZone,
});

/**
 * Where a board's announcements, digests and cycle reminders go, and when its digest is sent: the channels the
 * bot can post to, the schedule as a preset or a cron with the next runs worked out live, and its time zone.
 */
export function useAnnouncements(
  { board, notify, onBoardSaved, onChanged }: BoardSectionProps,
  now: () => Date,
) {
  const api = useIdeaBarApi();
  const translator = useTranslator();
  const { t } = translator;
  const form = useForm(draftOf(board), {
    failed: 'settings.announcements.failed',
    compared: effective,
    check: (draft) => checkAnnouncements(draft, t),
    sayHighlighted: false,
  });
  const read = useCallback(() => api.settings.channels(board.id), [api, board.id]);
  const listed = useLoaded(read);
  const channels: Channels = listed.value
    ? { status: 'ready', items: listed.value }
    : listed.error !== undefined
      ? {
          status: 'error',
          problem: problemMessage(translator, listed.error, 'settings.announcements.failed.channels'),
        }
      : { status: 'loading' };

  const schedule = scheduleOf(form.draft.digestSchedule);
  const { timeZone } = form.draft;
  const preview = useMemo(
    () =>
      schedule === null || !isTimeZone(timeZone)
        ? undefined
        : previewSchedule(schedule, timeZone, now(), 3, t),
    [schedule, timeZone, now, t],
  );

  const save = () =>
    form.submit(async (draft) => {
      const saved = await api.settings.updateBoard(board.id, changesOf(draftOf(board), draft));
      onBoardSaved(saved);
      onChanged();
      notify(t('settings.announcements.saved'));
    });

  return { ...form, save, channels, preview, timeZones: timeZoneNames(), browserZone: browserTimeZone() };
}

/** The changed fields; a new schedule carries its time zone, so the zone on screen is the one saved with it. */
function changesOf(saved: AnnouncementsDraft, draft: AnnouncementsDraft): BoardChange {
  const before = effective(saved);
  const after = effective(draft);
  const change: BoardChange = {};
  if (after.announcementChannel !== before.announcementChannel)
    change.announcementChannel = after.announcementChannel;
  if (after.digestSchedule !== before.digestSchedule) change.digestSchedule = after.digestSchedule;
  if (
    after.timeZone !== before.timeZone ||
    (change.digestSchedule !== undefined && after.digestSchedule !== null)
  )
    change.timeZone = after.timeZone;
  return change;
}

function checkAnnouncements(draft: AnnouncementsDraft, t: Translator['t']): FieldMessages {
  const messages: FieldMessages = {};
  const zoneKnown = isTimeZone(draft.timeZone);
  if (!zoneKnown) messages.timeZone = t('settings.timeZone.choose');
  const schedule = scheduleOf(draft.digestSchedule);
  if (schedule !== null && draft.digestSchedule.preset === 'custom') {
    const preview = previewSchedule(schedule, zoneKnown ? draft.timeZone : 'UTC', new Date(), 3, t);
    if ('problem' in preview) messages.digestSchedule = preview.problem;
  }
  return messages;
}
