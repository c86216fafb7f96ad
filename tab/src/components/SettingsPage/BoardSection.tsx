import { Field, Input, Switch, Textarea } from '@fluentui/react-components';
import { ApprovalQueue } from './ApprovalQueue';
import { ListField } from './ListField';
import { SettingsSection } from './SettingsSection';
import type { BoardSectionProps } from './SettingsPage.types';
import { parseSuggestedTags, useBoardSection } from './useBoardSection';

/** The board itself: its name, what it is for, the tags it suggests, and whether new ideas wait for approval. */
export function BoardSection(props: BoardSectionProps & { locale: string }) {
  const { board, locale, notify } = props;
  const { draft, edit, dirty, saving, messages, problem, save, reset } = useBoardSection(props);
  const invalid = (field: keyof typeof draft) =>
    messages[field] ? { validationState: 'error' as const, validationMessage: messages[field] } : {};

  return (
    <SettingsSection
      title="Board"
      problem={problem}
      save={{ label: 'Save board', dirty, saving, onSave: () => void save(), onDiscard: reset }}
      below={
        <ApprovalQueue
          key={board.id}
          boardId={board.id}
          moderation={board.moderation}
          locale={locale}
          notify={notify}
        />
      }
    >
      <Field label="Name" required {...invalid('name')}>
        <Input value={draft.name} onChange={(_, d) => edit({ name: d.value })} />
      </Field>
      <Field
        label="Description"
        hint="What the board is for, shown to people who share ideas on it."
        {...invalid('description')}
      >
        <Textarea
          value={draft.description}
          resize="vertical"
          onChange={(_, d) => edit({ description: d.value })}
        />
      </Field>
      <ListField
        label="Suggested tags"
        hint="Offered to people as they tag a new idea. Separate several with commas."
        addLabel="Add tag"
        items={draft.suggestedTags}
        onChange={(suggestedTags) => edit({ suggestedTags })}
        parse={parseSuggestedTags}
        validationMessage={messages.suggestedTags}
      />
      <Field
        hint="Ideas waiting for approval are seen only by their authors and IT members."
        {...invalid('moderation')}
      >
        <Switch
          label="New ideas need IT approval before others see them"
          checked={draft.moderation}
          onChange={(_, d) => edit({ moderation: d.checked })}
        />
      </Field>
    </SettingsSection>
  );
}
