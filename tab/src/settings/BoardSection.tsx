import { Field, Input, Switch, Textarea } from '@fluentui/react-components';
import { ApprovalQueue } from './ApprovalQueue';
import { useTranslator } from '../app/translation';
import { ListField } from './ListField';
import { SettingsSection } from './SettingsSection';
import type { BoardSectionProps } from './SettingsPage.types';
import { parseSuggestedTags, useBoardSection } from './useBoardSection';

/** The board itself: its name, what it is for, the tags it suggests, and whether new ideas wait for approval. */
export function BoardSection(props: BoardSectionProps & { locale: string }) {
  const { board, locale, notify } = props;
  const { draft, edit, dirty, saving, messages, problem, save, reset } = useBoardSection(props);
  const { t } = useTranslator();
  const invalid = (field: keyof typeof draft) =>
    messages[field] ? { validationState: 'error' as const, validationMessage: messages[field] } : {};

  return (
    <SettingsSection
      title={t('settings.board.title')}
      problem={problem}
      save={{ label: t('settings.board.save'), dirty, saving, onSave: () => void save(), onDiscard: reset }}
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
      <Field label={t('settings.board.name')} required {...invalid('name')}>
        <Input value={draft.name} onChange={(_, d) => edit({ name: d.value })} />
      </Field>
      <Field
        label={t('settings.board.description')}
        hint={t('settings.board.descriptionHint')}
        {...invalid('description')}
      >
        <Textarea
          value={draft.description}
          resize="vertical"
          onChange={(_, d) => edit({ description: d.value })}
        />
      </Field>
      <ListField
        label={t('settings.board.tags')}
        hint={t('settings.board.tagsHint')}
        addLabel={t('settings.board.addTag')}
        items={draft.suggestedTags}
        onChange={(suggestedTags) => edit({ suggestedTags })}
        parse={(typed, tags) => parseSuggestedTags(typed, tags, t)}
        validationMessage={messages.suggestedTags}
      />
      <Field hint={t('settings.board.moderationHint')} {...invalid('moderation')}>
        <Switch
          label={t('settings.board.moderation')}
          checked={draft.moderation}
          onChange={(_, d) => edit({ moderation: d.checked })}
        />
      </Field>
    </SettingsSection>
  );
}
