import { useEffect, useState } from 'react';
import type { Me } from '@ideabar/core';
import { ApiError, problemText } from '../../api/apiError';
import { DevApi, type DemoPerson } from '../../api/devApi';
import { useIdeaBarApi } from '../../api/ideaBarApi';
import type { ItMember } from '../../api/settingsApi';
import type { FieldMessages, TenantSectionProps } from './SettingsPage.types';
import { useSectionForm } from './useSectionForm';

export const LAST_MEMBER = 'IdeaBar needs at least one IT member: add another before removing this one.';

export interface NewMember {
  userId: string;
  name: string;
}

const NOBODY: NewMember = { userId: '', name: '' };

/** How a person is found: among the API's demo people where it has them, else by name and Entra object ID. */
type Finding = 'checking' | 'directory' | 'by-id';

/**
 * The tenant's IT members: adding one (picked from the demo people where the API offers them, else by name and
 * Entra object ID), and removing one after a confirmation. The last member cannot be removed: the button says so
 * before the API has to (409).
 */
export function useItMembers({ settings, notify, onSettingsSaved, onChanged }: TenantSectionProps) {
  const api = useIdeaBarApi();
  const members = settings.itMembers;
  const [directory, setDirectory] = useState<DemoPerson[] | undefined>();
  const [me, setMe] = useState<Me | undefined>();
  const [confirming, setConfirming] = useState<ItMember | undefined>();
  const [removing, setRemoving] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const finding: Finding =
    directory === undefined ? 'checking' : directory.length > 0 ? 'directory' : 'by-id';
  const form = useSectionForm(NOBODY, notify, { check: (person) => checkMember(person, finding) });

  useEffect(() => {
    let live = true;
    void api.me.get().then(
      (found) => live && setMe(found),
      () => undefined,
    );
    // The demo people exist only where the API runs with local sign-in; elsewhere people are added by ID.
    void new DevApi().people().then(
      (people) => live && setDirectory(people),
      () => live && setDirectory([]),
    );
    return () => {
      live = false;
    };
  }, [api]);

  const candidates = (directory ?? []).filter(
    (person) =>
      (!me || person.tenantId === me.tenantId) && !members.some((member) => member.userId === person.userId),
  );

  const add = async () => {
    setProblem(undefined);
    const { name } = form.draft;
    const added = await form.save(
      async (person) => {
        const itMembers = await api.settings.addItMember({
          userId: person.userId.trim(),
          name: person.name.trim(),
        });
        onSettingsSaved({ itMembers });
        onChanged();
      },
      { doing: `add ${name.trim() || 'the IT member'}`, done: `Added ${name.trim()} to the IT members.` },
    );
    if (added) form.reset();
  };

  const remove = async () => {
    if (!confirming) return;
    setRemoving(true);
    setProblem(undefined);
    try {
      onSettingsSaved({ itMembers: await api.settings.removeItMember(confirming.userId) });
      onChanged();
      notify(`Removed ${confirming.name} from the IT members.`);
    } catch (error) {
      const last = error instanceof ApiError && error.code === 'conflict';
      setProblem(last ? LAST_MEMBER : problemText(error, `remove ${confirming.name}`));
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
    finding,
    candidates,
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

function checkMember(person: NewMember, finding: Finding): FieldMessages {
  const messages: FieldMessages = {};
  if (finding === 'directory') {
    if (!person.userId) messages.userId = 'Choose a person from the list.';
    return messages;
  }
  if (!person.name.trim()) messages.name = 'Enter the person’s name.';
  // Its format is the API's to check (the message comes back on the field).
  if (!person.userId.trim()) messages.userId = 'Enter the person’s Microsoft Entra object ID.';
  return messages;
}
