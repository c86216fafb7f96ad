import {
  Button,
  Checkbox,
  Field,
  Input,
  Label,
  makeStyles,
  Text,
  tokens,
  useId,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { CALENDAR_LIMITS, type Weekday } from '@ideabar/core';
import { useTranslator } from '../app/translation';
import { SettingsSection } from './SettingsSection';
import type { TenantSectionProps } from './SettingsPage.types';
import { useWorkingDays } from './useWorkingDays';

const useStyles = makeStyles({
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    alignItems: 'flex-start',
  },
  holiday: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  problem: { color: tokens.colorPaletteRedForeground1 },
});

/** The week starts on Monday on the page, Sunday last, as most of the world's calendars show it. */
const WEEK: Weekday[] = [1, 2, 3, 4, 5, 6, 0];

/** Which days the organisation works: its weekend days and its holidays, skipped by every business-day figure. */
export function WorkingDaysSection(props: TenantSectionProps) {
  const { t } = useTranslator();
  const styles = useStyles();
  const section = useWorkingDays(props);
  const { draft, dirty, saving, problem, messageFor } = section;
  const weekendId = useId('weekend');
  const weekendHintId = useId('weekend-hint');
  const holidaysId = useId('holidays');
  const holidaysHintId = useId('holidays-hint');
  const weekendProblem = messageFor('weekendDays');
  const holidaysProblem = messageFor('holidays');

  return (
    <SettingsSection
      title={t('calendar.title')}
      intro={t('calendar.intro')}
      problem={problem}
      save={{
        label: t('calendar.save'),
        dirty,
        saving,
        onSave: () => void section.save(),
        onDiscard: section.reset,
      }}
    >
      {/* Groups rather than Fields: a Field gives the control inside it the Field's own id, which seven
          checkboxes (or a list of holidays) cannot share. */}
      <div role="group" aria-labelledby={weekendId} aria-describedby={weekendHintId} className={styles.group}>
        <Label id={weekendId}>{t('calendar.weekend')}</Label>
        <Text id={weekendHintId} size={200}>
          {t('calendar.weekendHint')}
        </Text>
        {WEEK.map((day) => (
          <Checkbox
            key={day}
            label={t('calendar.weekday', { day })}
            checked={draft.weekendDays.includes(day)}
            onChange={(_, data) => section.toggleWeekday(day, data.checked === true)}
          />
        ))}
        {weekendProblem && (
          <Text role="alert" size={200} className={styles.problem}>
            {weekendProblem}
          </Text>
        )}
      </div>
      <div
        role="group"
        aria-labelledby={holidaysId}
        aria-describedby={holidaysHintId}
        className={styles.group}
      >
        <Label id={holidaysId}>{t('calendar.holidays')}</Label>
        <Text id={holidaysHintId} size={200}>
          {t('calendar.holidaysHint', { max: CALENDAR_LIMITS.holidaysMax })}
        </Text>
        {draft.holidays.length === 0 && <Text size={200}>{t('calendar.noHolidays')}</Text>}
        {draft.holidays.map((holiday, index) => {
          const number = index + 1;
          const dateProblem = messageFor(`holidays.${index}.date`);
          const nameProblem = messageFor(`holidays.${index}.name`);
          return (
            <div key={index} className={styles.holiday}>
              <Field
                label={t('calendar.holidayDate', { number })}
                validationState={dateProblem ? 'error' : 'none'}
                validationMessage={dateProblem}
              >
                <Input
                  type="date"
                  value={holiday.date}
                  onChange={(_, data) => section.editHoliday(index, { date: data.value })}
                />
              </Field>
              <Field
                label={t('calendar.holidayName', { number })}
                validationState={nameProblem ? 'error' : 'none'}
                validationMessage={nameProblem}
              >
                <Input
                  value={holiday.name}
                  maxLength={CALENDAR_LIMITS.holidayNameMax + 20}
                  onChange={(_, data) => section.editHoliday(index, { name: data.value })}
                />
              </Field>
              <Button
                appearance="subtle"
                icon={<DeleteRegular />}
                aria-label={t('calendar.removeHoliday', { number })}
                title={t('calendar.removeHoliday', { number })}
                onClick={() => section.removeHoliday(index)}
              />
            </div>
          );
        })}
        <Button
          icon={<AddRegular />}
          disabled={draft.holidays.length >= CALENDAR_LIMITS.holidaysMax}
          onClick={section.addHoliday}
        >
          {t('calendar.addHoliday')}
        </Button>
        {holidaysProblem && (
          <Text role="alert" size={200} className={styles.problem}>
            {holidaysProblem}
          </Text>
        )}
      </div>
    </SettingsSection>
  );
}
