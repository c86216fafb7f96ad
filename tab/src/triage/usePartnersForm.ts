import { useCallback, useState, type RefObject } from 'react';
import type { Person } from '@ideabar/core';
import { problemMessage } from '../api/apiError';
import { useIdeaBarApi } from '../api/ideaBarApi';
import { useTranslator } from '../app/translation';
import { useForm } from '../shared/useForm';
import { useLoaded } from '../shared/useLoaded';
import type { TriageFormProps } from './useStatusForm';

export type PartnersFormProps = TriageFormProps;

/** Someone IT can name as an idea's IT partner. */
export interface ItMemberChoice {
  id: string;
  name: string;
}

const FIELDS = ['itPartner', 'sponsor'] as const;

interface PartnersDraft {
  /** The IT partner's id; '' for none. */
  itPartner: string;
  sponsor: Person | null;
}

/** The IT partner (one of the tenant's IT members, from GET /api/settings) and the business sponsor. */
export function usePartnersForm(
  { idea, onChanged, onStale }: PartnersFormProps,
  formRef: RefObject<HTMLFormElement | null>,
) {
  const api = useIdeaBarApi();
  const translator = useTranslator();
  const { t } = translator;
  const read = useLoaded(
    useCallback(
      () =>
        api.settings
          .getSettings()
          .then(({ itMembers }) =>
            itMembers.map(({ userId, name }): ItMemberChoice => ({ id: userId, name })),
          ),
      [api],
    ),
  );
  const members = read.value;
  const membersProblem = read.failed
    ? problemMessage(translator, read.error, 'people.partners.failed.members')
    : undefined;
  // What the idea had when the form opened; the form keeps what IT chooses from there.
  const [start] = useState((): PartnersDraft => ({
    itPartner: idea.itPartner?.id ?? '',
    sponsor: idea.sponsor ?? null,
  }));
  const form = useForm(start, {
    failed: 'triage.failed.partners',
    fields: FIELDS,
    formRef,
    onConflict: onStale,
  });
  const { itPartner: partnerId, sponsor } = form.draft;

  // The current partner stays on offer even if they have left IT since, so saving the sponsor keeps them.
  const current = idea.itPartner;
  const choices: ItMemberChoice[] =
    current && !members?.some((member) => member.id === current.id)
      ? [current, ...(members ?? [])]
      : (members ?? []);

  const choosePartner = (id: string) => form.edit({ itPartner: id });
  const chooseSponsor = (person: Person | null) => form.edit({ sponsor: person });

  const submit = () =>
    form.submit(async (draft) => {
      const partner = choices.find((choice) => choice.id === draft.itPartner);
      const saved = await api.ideas.assignPartners(idea.id, {
        itPartner: partner ? { id: partner.id, name: partner.name } : null,
        sponsor: draft.sponsor,
      });
      // The sponsor as the API keeps it (the name it knows them by).
      form.edit({ sponsor: saved.sponsor ?? null });
      onChanged(saved, t('people.partners.saved'));
    });

  const { saving, problem, validation } = form;
  return {
    saving,
    problem,
    validation,
    choices,
    membersLoading: read.loading,
    membersProblem,
    partnerId,
    sponsor,
    choosePartner,
    chooseSponsor,
    submit,
  };
}
