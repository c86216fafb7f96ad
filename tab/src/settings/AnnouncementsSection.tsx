import { Dropdown, Field, Input, Option, Text, useId } from '@fluentui/react-components';
import {
  describeRun,
  DIGEST_PRESETS,
  scheduleOf,
  type DigestChoice,
  type DigestPresetId,
} from './digestSchedule';
import { useTranslator } from '../app/translation';
import { SettingsSection } from './SettingsSection';
import { useSectionStyles } from './SettingsPage.styles';
import type { BoardSectionProps } from './SettingsPage.types';
import { TimeZonePicker } from './TimeZonePicker';
import { useAnnouncements } from './useAnnouncements';

/** The option standing for "no channel chosen": the channel IdeaBar was installed in for the board. */
const INSTALLED = '';

export interface AnnouncementsSectionProps extends BoardSectionProps {
  locale: string;
  /** The time the preview counts from; tests give a fixed one. */
  now?: () => Date;
}

const realNow = () => new Date();

/** Custom starts from the schedule chosen so far, so a small change to it is a small edit. */
const choose = (choice: DigestChoice, preset: DigestPresetId): DigestChoice =>
  preset === 'custom' && !choice.custom.trim()
    ? { preset, custom: scheduleOf(choice) ?? '' }
    : { ...choice, preset };

/** Where a board's announcements go, and when its digest is sent. */
export function AnnouncementsSection({ now = realNow, ...props }: AnnouncementsSectionProps) {
  const styles = useSectionStyles();
  const { t, formatLocale } = useTranslator();
  const previewId = useId('digest-preview');
  const {
    draft,
    edit,
    dirty,
    saving,
    messages,
    problem,
    save,
    reset,
    channels,
    preview,
    timeZones,
    browserZone,
  } = useAnnouncements(props, now);
  const chosen = draft.announcementChannel;
  const listed = channels.status === 'ready' ? channels.items : [];
  // The install channel is what "no channel chosen" means: offered once, under that name.
  const installed = listed.find((channel) => channel.kind === 'board');
  const others = listed.filter((channel) => channel !== installed);
  const installedText = installed
    ? t('settings.announcements.installedIn', { name: installed.name })
    : t('settings.announcements.installed');
  const unlisted =
    chosen === null || others.some((channel) => channel.key === chosen)
      ? undefined
      : chosen === installed?.key
        ? installed.name
        : channels.status === 'loading'
          ? t('settings.announcements.loading')
          : t('settings.announcements.gone');
  const channelText =
    chosen === null ? installedText : (others.find((channel) => channel.key === chosen)?.name ?? unlisted);
  const choice = draft.digestSchedule;
  const preset = DIGEST_PRESETS.find((known) => known.id === choice.preset);
  const presetLabel = preset ? t(preset.label) : '';
  const custom = choice.preset === 'custom';

  return (
    <SettingsSection
      title={t('settings.announcements.title')}
      intro={t('settings.announcements.intro')}
      problem={problem}
      save={{
        label: t('settings.announcements.save'),
        dirty,
        saving,
        onSave: () => void save(),
        onDiscard: reset,
      }}
    >
      <Field
        label={t('settings.announcements.channel')}
        hint={
          channels.status === 'error'
            ? t('settings.announcements.channelsFailed', { problem: channels.problem })
            : t('settings.announcements.channelHint')
        }
        validationState={messages.announcementChannel ? 'error' : 'none'}
        validationMessage={messages.announcementChannel}
      >
        <Dropdown
          clearButton={{ 'aria-label': t('form.clearSelection') }}
          value={channelText}
          selectedOptions={[chosen ?? INSTALLED]}
          onOptionSelect={(_, data) =>
            edit({ announcementChannel: !data.optionValue ? null : data.optionValue })
          }
        >
          <Option value={INSTALLED}>{installedText}</Option>
          {others.map((channel) => (
            <Option key={channel.key} value={channel.key}>
              {channel.name}
            </Option>
          ))}
          {chosen !== null && unlisted !== undefined && <Option value={chosen}>{unlisted}</Option>}
        </Dropdown>
      </Field>
      <Field
        label={t('settings.announcements.digest')}
        hint={t('settings.announcements.digestHint')}
        validationState={!custom && messages.digestSchedule ? 'error' : 'none'}
        validationMessage={custom ? undefined : messages.digestSchedule}
      >
        <Dropdown
          clearButton={{ 'aria-label': t('form.clearSelection') }}
          value={presetLabel}
          selectedOptions={[choice.preset]}
          onOptionSelect={(_, data) =>
            edit({ digestSchedule: choose(choice, (data.optionValue ?? 'off') as DigestPresetId) })
          }
        >
          {DIGEST_PRESETS.map((option) => (
            <Option key={option.id} value={option.id}>
              {t(option.label)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {custom && (
        <Field
          label={t('settings.announcements.cron')}
          hint={t('settings.announcements.cronHint')}
          validationState={messages.digestSchedule ? 'error' : 'none'}
          validationMessage={messages.digestSchedule}
        >
          <Input
            value={choice.custom}
            placeholder="0 9 * * 1"
            spellCheck={false}
            aria-describedby={previewId}
            onChange={(_, d) => edit({ digestSchedule: { ...choice, custom: d.value } })}
          />
        </Field>
      )}
      <TimeZonePicker
        value={draft.timeZone}
        zones={timeZones}
        suggested={browserZone}
        onChange={(timeZone) => edit({ timeZone })}
        hint={t('settings.announcements.timeZoneHint')}
        validationMessage={messages.timeZone}
      />
      <div id={previewId} aria-live="polite">
        {preview && 'runs' in preview && (
          <>
            <Text weight="semibold">{t('settings.announcements.next')}</Text>
            <ul className={styles.preview} aria-label={t('settings.announcements.next')}>
              {preview.runs.map((run) => (
                <li key={run.getTime()}>
                  {t('settings.announcements.run', { run: describeRun(run, draft.timeZone, formatLocale) })}
                </li>
              ))}
            </ul>
          </>
        )}
        {preview && 'problem' in preview && custom && !messages.digestSchedule && (
          <Text className={styles.secondary}>{preview.problem}</Text>
        )}
        {!preview && choice.preset === 'off' && (
          <Text className={styles.secondary}>{t('settings.announcements.noDigest')}</Text>
        )}
      </div>
    </SettingsSection>
  );
}
