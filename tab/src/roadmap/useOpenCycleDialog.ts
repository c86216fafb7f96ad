import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { Translator } from '@ideabar/core';
import { ApiError } from '../api/apiError';
import type { FieldMessages } from '../shared/fieldMessages';
import { useForm } from '../shared/useForm';
import { useTranslator } from '../app/translation';
import type { CycleView, OpenCycleRequest } from '../api/cyclesApi';
import { useIdeaBarApi } from '../api/ideaBarApi';
import { useLoaded } from '../shared/useLoaded';
import { addDays, dayOf, dayStartIso, firstDayFrom } from './cycleDays';
import type { CycleDraft, CycleField, OpenCycleDialogProps } from './OpenCycleDialog.types';

const FIELDS: readonly CycleField[] = [
  'name',
  'submissionOpensAt',
  'submissionClosesAt',
  'votingClosesAt',
  'reminderDaysBefore',
  'shortlistSize',
];
/** The API's own defaults (core/src/useCases/openCycle.ts), for when the tenant's settings can't be read. */
const DEFAULT_REMINDERS = [3, 1];
const DEFAULT_SHORTLIST = 10;

/** Two weeks for ideas, one more for votes, from today or the day the board's last window closes, if later. */
function draftFor(cycles: readonly CycleView[], reminders: readonly number[]): CycleDraft {
  const now = Date.now();
  const lastClose = Math.max(now, ...cycles.map((cycle) => Date.parse(cycle.submissionClosesAt)));
  const opens = lastClose > now ? firstDayFrom(new Date(lastClose)) : dayOf(new Date(now));
  return {
    name: '',
    submissionOpens: opens,
    submissionCloses: addDays(opens, 14),
    votingCloses: addDays(opens, 21),
    reminderDays: reminders.join(', '),
    shortlistSize: String(DEFAULT_SHORTLIST),
  };
}

/** "3, 1" as days; undefined when a part is not a whole number. */
function reminderDaysOf(text: string): number[] | undefined {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  return parts.every((part) => /^\d+$/.test(part)) ? parts.map(Number) : undefined;
}

/** The request, or what the form can tell without asking the API (the API has the last word on the rest). */
function requestOf(
  boardId: string,
  draft: CycleDraft,
  t: Translator['t'],
): { request: OpenCycleRequest } | { messages: FieldMessages } {
  const messages: FieldMessages = {};
  const submissionOpensAt = dayStartIso(draft.submissionOpens);
  const submissionClosesAt = dayStartIso(draft.submissionCloses);
  const votingClosesAt = dayStartIso(draft.votingCloses);
  if (!submissionOpensAt) messages.submissionOpensAt = t('cycle.open.check.opens');
  if (!submissionClosesAt) messages.submissionClosesAt = t('cycle.open.check.closes');
  if (!votingClosesAt) messages.votingClosesAt = t('cycle.open.check.voting');
  const reminderDaysBefore = reminderDaysOf(draft.reminderDays);
  if (!reminderDaysBefore) messages.reminderDaysBefore = t('cycle.open.check.reminders');
  const shortlistSize = /^\d+$/.test(draft.shortlistSize.trim()) ? Number(draft.shortlistSize) : undefined;
  if (shortlistSize === undefined) messages.shortlistSize = t('cycle.open.check.shortlist');
  if (
    !submissionOpensAt ||
    !submissionClosesAt ||
    !votingClosesAt ||
    !reminderDaysBefore ||
    shortlistSize === undefined
  ) {
    return { messages };
  }
  return {
    request: {
      boardId,
      name: draft.name.trim(),
      submissionOpensAt,
      submissionClosesAt,
      votingClosesAt,
      reminderDaysBefore,
      shortlistSize,
    },
  };
}

/**
 * Opening a planning cycle: the dialog's form, proposed from the board's last cycle and the tenant's reminder lead
 * days, sent as a POST. The API's field messages land on their fields and focus moves to the first of them; a 409
 * names the cycle whose submission window the new one overlaps.
 */
export function useOpenCycleDialog(
  { board, cycles, onOpened }: OpenCycleDialogProps,
  formRef: RefObject<HTMLFormElement | null>,
  openerRef: RefObject<HTMLButtonElement | null>,
) {
  const api = useIdeaBarApi();
  const translator = useTranslator();
  const { t } = translator;
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(0);
  const boardCycles = cycles.filter((cycle) => cycle.boardId === board?.id);
  const overlapText = (request: OpenCycleRequest): { field: string; problem: string } => {
    const overlap = boardCycles.find(
      (cycle) =>
        Date.parse(cycle.submissionOpensAt) < Date.parse(request.submissionClosesAt) &&
        Date.parse(request.submissionOpensAt) < Date.parse(cycle.submissionClosesAt),
    );
    if (!overlap) {
      return {
        field: t('cycle.open.overlaps.field'),
        problem: t('cycle.open.overlaps', { board: board?.name ?? '' }),
      };
    }
    const day = (iso: string) =>
      new Intl.DateTimeFormat(translator.formatLocale, { dateStyle: 'medium' }).format(new Date(iso));
    return {
      field: t('cycle.open.overlapsCycle.field', { name: overlap.name }),
      problem: t('cycle.open.overlapsCycle', {
        name: overlap.name,
        from: day(overlap.submissionOpensAt),
        to: day(overlap.submissionClosesAt),
      }),
    };
  };

  const [start] = useState(() => draftFor(cycles, DEFAULT_REMINDERS));
  const form = useForm<CycleDraft>(start, {
    failed: 'cycle.open.failed',
    fields: FIELDS,
    formRef,
    check: (draft) => {
      const built = board && requestOf(board.id, draft, t);
      return built && 'messages' in built ? built.messages : {};
    },
    explain: (error) => {
      if (!(error instanceof ApiError && error.code === 'conflict') || !board) return undefined;
      const built = requestOf(board.id, form.draft, t);
      if (!('request' in built)) return undefined;
      const overlap = overlapText(built.request);
      return {
        fields: { submissionOpensAt: overlap.field, submissionClosesAt: overlap.field },
        problem: overlap.problem,
      };
    },
  });
  const { draft, saving } = form;

  // The tenant's reminder lead days (Settings › Enablement) are the proposal, read the first time the dialog opens;
  // the API's default when unreadable.
  const [asked, setAsked] = useState(false);
  if (open && !asked) setAsked(true);
  const readSettings = useCallback(() => api.settings.getSettings(), [api]);
  const settings = useLoaded(asked ? readSettings : undefined);
  const reminders = settings.value?.reminderLeadDays ?? (settings.failed ? DEFAULT_REMINDERS : undefined);
  // Once they arrive, they replace the default the dialog proposed, unless someone changed it already.
  const [proposed, setProposed] = useState<readonly number[] | undefined>();
  if (reminders && reminders !== proposed) {
    setProposed(reminders);
    form.edit((current) =>
      current.reminderDays === DEFAULT_REMINDERS.join(', ') ? { reminderDays: reminders.join(', ') } : {},
    );
  }

  // Back on the button that opened the dialog, where the person was, while the toast says the cycle is open.
  useEffect(() => {
    if (opened > 0) openerRef.current?.focus();
  }, [opened, openerRef]);

  const changeOpen = (next: boolean) => {
    if (saving) return;
    if (next) form.startFrom(draftFor(boardCycles, reminders ?? DEFAULT_REMINDERS));
    setOpen(next);
  };

  /** Types into a field of the draft (`field`), whose messages the API gives under `apiField`. */
  const edit = (field: keyof CycleDraft, value: string, apiField: CycleField) =>
    form.edit({ [field]: value }, apiField);

  const submit = async () => {
    if (!board || saving) return;
    await form.submit(async (typed) => {
      const built = requestOf(board.id, typed, t);
      if (!('request' in built)) return;
      const cycle = await api.cycles.open(built.request);
      setOpen(false);
      setOpened((n) => n + 1);
      onOpened(cycle);
    });
  };

  const { validation, problem } = form;
  return { open, changeOpen, draft, edit, validation, problem, saving, submit };
}
