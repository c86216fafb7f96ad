import { useEffect, useState, type RefObject } from 'react';
import type { Person } from '@ideabar/core';
import { problemText } from '../../api/apiError';
import { useIdeaBarApi } from '../../api/ideaBarApi';
import { useTriageAction } from '../../board/useTriageAction';
import type { ItMemberChoice, PartnersFormProps } from './PartnersForm.types';

const FIELDS = ['itPartner', 'sponsor.name', 'sponsor.id'] as const;

/**
 * A sponsor's id when only a name was typed: "Dana Scully" becomes "dana.scully", as the demo tenant's ids read.
 * Anything IdeaBar's ids cannot hold is left out; the API refuses an id that ends up empty.
 */
export const sponsorIdOf = (name: string): string =>
  name
    .trim()
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, '.')
    .replace(/[^a-z0-9._:@-]/g, '')
    .slice(0, 128);

/** The IT partner (one of the tenant's IT members, from GET /api/settings) and the business sponsor. */
export function usePartnersForm(
  { idea, onChanged, onStale }: PartnersFormProps,
  formRef: RefObject<HTMLFormElement | null>,
) {
  const api = useIdeaBarApi();
  const action = useTriageAction(FIELDS, 'triage.failed.partners', formRef);
  const [members, setMembers] = useState<ItMemberChoice[] | undefined>();
  const [membersProblem, setMembersProblem] = useState<string | undefined>();
  const [partnerId, setPartnerId] = useState(idea.itPartner?.id ?? '');
  const [sponsorName, setSponsorName] = useState(idea.sponsor?.name ?? '');
  const [sponsorId, setSponsorId] = useState(idea.sponsor?.id ?? '');

  useEffect(() => {
    let live = true;
    api.settings
      .getSettings()
      .then(
        ({ itMembers }) => live && setMembers(itMembers.map(({ userId, name }) => ({ id: userId, name }))),
      )
      .catch((error: unknown) => live && setMembersProblem(problemText(error, 'load the IT members')));
    return () => {
      live = false;
    };
  }, [api]);

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
  const editSponsor = (field: 'name' | 'id', value: string) => {
    (field === 'name' ? setSponsorName : setSponsorId)(value);
    action.edited(`sponsor.${field}`);
  };

  const submit = async () => {
    const partner = choices.find((choice) => choice.id === partnerId);
    const name = sponsorName.trim();
    const id = sponsorId.trim() || sponsorIdOf(name);
    const sponsor: Person | null = name || sponsorId.trim() ? { id, name } : null;
    const saved = await action.run(
      () =>
        api.ideas.assignPartners(idea.id, {
          itPartner: partner ? { id: partner.id, name: partner.name } : null,
          sponsor,
        }),
      onStale,
    );
    if (!saved) return;
    setSponsorId(saved.sponsor?.id ?? '');
    onChanged(saved, 'Partners saved. They show on the idea and its row on the board.');
  };

  return {
    ...action,
    choices,
    membersLoading: members === undefined && !membersProblem,
    membersProblem,
    partnerId,
    sponsorName,
    sponsorId,
    choosePartner,
    editSponsor,
    submit,
  };
}
