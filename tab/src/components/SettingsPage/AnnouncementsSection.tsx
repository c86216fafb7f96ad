import { Dropdown, Field, Input, Option, Text, useId } from '@fluentui/react-components';
import {
  describeRun,
  DIGEST_PRESETS,
  scheduleOf,
  type DigestChoice,
  type DigestPresetId,
} from './digestSchedule';
import { SettingsSection } from './SettingsSection';
import { useSectionStyles } from './SettingsPage.styles';
import type { BoardSectionProps } from './SettingsPage.types';
import { TimeZonePicker } from './TimeZonePicker';
import { useAnnouncements } from './useAnnouncements';

/** The option standing for "no channel chosen": the channel IdeaBar was installed in for the board. */
const INSTALLED = '';
const INSTALLED_TEXT = 'The channel IdeaBar was installed in';

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
export function AnnouncementsSection({ locale, now = realNow, ...props }: AnnouncementsSectionProps) {
  const styles = useSectionStyles();
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
  const installedText = installed ? `${INSTALLED_TEXT} (${installed.name})` : INSTALLED_TEXT;
  const unlisted =
    chosen === null || others.some((channel) => channel.key === chosen)
      ? undefined
      : chosen === installed?.key
        ? installed.name
        : channels.status === 'loading'
          ? 'Loading the channels…'
          : 'A channel IdeaBar can no longer post in';
  const channelText =
    chosen === null ? installedText : (others.find((channel) => channel.key === chosen)?.name ?? unlisted);
  const choice = draft.digestSchedule;
  const presetLabel = DIGEST_PRESETS.find((preset) => preset.id === choice.preset)?.label ?? '';
  const custom = choice.preset === 'custom';

  return (
    <SettingsSection
      title="Announcements"
      intro="Where IdeaBar posts this board’s announcements, digests and cycle reminders, and when the digest goes out."
      problem={problem}
      save={{ label: 'Save announcements', dirty, saving, onSave: () => void save(), onDiscard: reset }}
    >
      <Field
        label="Channel"
        hint={
          channels.status === 'error'
            ? `${channels.problem} Until they load, announcements stay where they are.`
            : 'The channels of this board’s team that IdeaBar’s bot can post in.'
        }
        validationState={messages.announcementChannel ? 'error' : 'none'}
        validationMessage={messages.announcementChannel}
      >
        <Dropdown
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
        label="Digest"
        hint="A summary of the board’s new and moving ideas, posted in the channel above."
        validationState={!custom && messages.digestSchedule ? 'error' : 'none'}
        validationMessage={custom ? undefined : messages.digestSchedule}
      >
        <Dropdown
          value={presetLabel}
          selectedOptions={[choice.preset]}
          onOptionSelect={(_, data) =>
            edit({ digestSchedule: choose(choice, (data.optionValue ?? 'off') as DigestPresetId) })
          }
        >
          {DIGEST_PRESETS.map((preset) => (
            <Option key={preset.id} value={preset.id}>
              {preset.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {custom && (
        <Field
          label="Schedule (cron)"
          hint="Five fields: minute, hour, day of the month, month, day of the week. At most once a day."
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
        hint="The digest schedule is read in this time zone."
        validationMessage={messages.timeZone}
      />
      <div id={previewId} aria-live="polite">
        {preview && 'runs' in preview && (
          <>
            <Text weight="semibold">Next digests</Text>
            <ul className={styles.preview} aria-label="Next digests">
              {preview.runs.map((run) => (
                <li key={run.getTime()}>{describeRun(run, draft.timeZone, locale)}</li>
              ))}
            </ul>
          </>
        )}
        {preview && 'problem' in preview && custom && !messages.digestSchedule && (
          <Text className={styles.secondary}>{preview.problem}</Text>
        )}
        {!preview && choice.preset === 'off' && (
          <Text className={styles.secondary}>No digest is sent for this board.</Text>
        )}
      </div>
    </SettingsSection>
  );
}
