import { Dropdown, Field, makeStyles, Option, Text, tokens } from '@fluentui/react-components';
import { useTranslator } from '../app/translation';
import type { SavedResponsePickerProps } from './useSavedResponsePicker';
import { useSavedResponsePicker } from './useSavedResponsePicker';

export const useSavedResponsePickerStyles = makeStyles({
  picker: { maxWidth: '100%' },
  option: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  preview: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    maxWidth: '420px',
  },
  none: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/**
 * Picks one of the board's saved responses to fill an answer. It fills, never sends: IT reads and edits the text
 * before posting. A board without saved responses says where to add them; one the API will not list shows nothing,
 * as the answer can be written without it.
 */
export function SavedResponsePicker({ boardId, onPick }: SavedResponsePickerProps) {
  const styles = useSavedResponsePickerStyles();
  const { t } = useTranslator();
  const { loading, failed, responses } = useSavedResponsePicker({ boardId });
  if (loading || failed) return null;
  if (responses.length === 0) {
    return <Text className={styles.none}>{t('picker.none')}</Text>;
  }
  return (
    <Field label={t('picker.label')} hint={t('picker.hint')}>
      <Dropdown
        clearButton={{ 'aria-label': t('form.clearSelection') }}
        className={styles.picker}
        placeholder={t('picker.placeholder')}
        // Picking fills the text; the picker itself keeps no choice, so the same response can be picked again.
        selectedOptions={[]}
        value=""
        onOptionSelect={(_, data) => {
          const picked = responses.find((response) => response.id === data.optionValue);
          if (picked) onPick(picked.text, picked.title);
        }}
      >
        {responses.map((response) => (
          <Option key={response.id} value={response.id} text={response.title}>
            <span className={styles.option}>
              <span dir="auto">{response.title}</span>
              <span className={styles.preview} dir="auto">
                {response.text}
              </span>
            </span>
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
