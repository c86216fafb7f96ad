import { useCallback, useState, type RefObject } from 'react';
import type { Person } from '@ideabar/core';
import { problemMessage } from '../api/apiError';
import { useIdeaBarApi } from '../api/ideaBarApi';
import { useTranslator } from '../app/translation';
import { useTriageAction } from '../shared/useTriageAction';
import { useLoaded } from '../shared/useLoaded';
import type { TriageFormProps } from './useStatusForm';

export type PartnersFormProps = TriageFormProps;

/** Someone IT can name as an idea's IT partner. */
export interface ItMemberChoice {
  id: string;
  name: string;
}

const FIELDS = ['itPartner', 'sponsor'] as const;

/** The IT partner (one of the tenant's IT members, from GET /api/settings) and the business sponsor. */
export function usePartnersForm(
  { idea, onChanged, onStale }: PartnersFormProps,
  formRef: RefObject<HTMLFormElement | null>,
) {
  const api = useIdeaBarApi();
  const translator = useTranslator();
  const { t } = translator;
  const action = useTriageAction(FIELDS, 'triage.failed.partners', formRef);
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
  const [partnerId, setPartnerId] = useState(idea.itPartner?.id ?? '');
  const [sponsor, setSponsor] = useState<Person | null>(idea.sponsor ?? null);

  // The current partner stays on offer even if they have left IT since, so saving the sponsor keeps them.
  const current = idea.itPartner;
  const choices: ItMemberChoice[] =
    current && !members?.some((member) => member.id === current.id)
      ? [current, ...(members ?? [])]
      : (members ?? []);

  const choosePartner = (id: string) => {
    setPartnerId(id);
    action.edited('itPartner');
  };
  const chooseSponsor = (person: Person | null) => {
    setSponsor(person);
    action.edited('sponsor');
  };

  const submit = async () => {
    const partner = choices.find((choice) => choice.id === partnerId);
    const saved = await action.run(
      () =>
        api.ideas.assignPartners(idea.id, {
          itPartner: partner ? { id: partner.id, name: partner.name } : null,
          sponsor,
        }),
      onStale,
    );
    if (!saved) return;
    setSponsor(saved.sponsor ?? null);
    onChanged(saved, t('people.partners.saved'));
  };

  return {
    ...action,
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
