import { useState } from 'react';
import { ApiError, problemMessage } from '../api/apiError';
import { useIdeaBarApi } from '../api/ideaBarApi';
import type { ItMember } from '../api/settingsApi';
import { useTranslator } from '../app/translation';
import { useMe } from '../session/SessionProvider';
import type { TenantSectionProps } from './SettingsPage.types';
import { useForm } from '../shared/useForm';

export interface NewMember {
  userId: string;
  name: string;
}

const NOBODY: NewMember = { userId: '', name: '' };

/**
 * The tenant's IT members: adding one, picked as a person (Teams' people picker inside Teams, the people IdeaBar
 * knows elsewhere), never typed as an id; and removing one after a confirmation. The last member cannot be removed:
 * the button says so before the API has to (409).
 */
export function useItMembers({ settings, notify, onSettingsSaved, onChanged }: TenantSectionProps) {
  const api = useIdeaBarApi();
  const translator = useTranslator();
  const { t } = translator;
  const members = settings.itMembers;
  const { me } = useMe();
  const [confirming, setConfirming] = useState<ItMember | undefined>();
  const [removing, setRemoving] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const form = useForm<NewMember>(NOBODY, {
    failed: 'people.members.failed.add',
    check: (person) => (person.userId ? {} : { userId: t('people.members.choose') }),
    sayHighlighted: false,
  });

  const add = async () => {
    setProblem(undefined);
    const { name } = form.draft;
    const added = await form.submit(async (person) => {
      onSettingsSaved({ itMembers: await api.settings.addItMember(person) });
      onChanged();
      notify(t('people.members.addedToast', { name }));
    });
    if (added) form.reset();
  };

  const remove = async () => {
    if (!confirming) return;
    setRemoving(true);
    setProblem(undefined);
    try {
      onSettingsSaved({ itMembers: await api.settings.removeItMember(confirming.userId) });
      onChanged();
      notify(t('people.members.removed', { name: confirming.name }));
    } catch (error) {
      const last = error instanceof ApiError && error.code === 'conflict';
      setProblem(
        last ? t('people.members.last') : problemMessage(translator, error, 'people.members.failed.remove'),
      );
      // Someone may have changed the members meanwhile: show them as they are now.
      if (last)
        void api.settings.getSettings().then(
          (fresh) => onSettingsSaved({ itMembers: fresh.itMembers }),
          () => undefined,
        );
    } finally {
      setRemoving(false);
      setConfirming(undefined);
    }
  };

  return {
    members,
    lastOne: members.length <= 1,
    me,
    form,
    add,
    confirming,
    confirm: (member: ItMember) => {
      setProblem(undefined);
      setConfirming(member);
    },
    cancel: () => setConfirming(undefined),
    remove,
    removing,
    problem: problem ?? form.problem,
  };
}
