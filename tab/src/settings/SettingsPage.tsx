import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  useId,
} from '@fluentui/react-components';
import { useTranslator } from '../app/translation';
import { useNotify } from '../session/SessionProvider';
import { AnnouncementsSection } from './AnnouncementsSection';
import { AuditLog } from './AuditLog';
import { BoardSection } from './BoardSection';
import { CategoriesSection } from './CategoriesSection';
import { EnablementSection } from './EnablementSection';
import { ItMembersSection } from './ItMembersSection';
import { SavedResponsesSection } from './SavedResponsesSection';
import { WorkingDaysSection } from './WorkingDaysSection';
import { useSettingsPageStyles } from './SettingsPage.styles';
import type { SettingsPageProps } from './SettingsPage.types';
import { useSettingsPage } from './useSettingsPage';
import { LoadProblem } from '../shared/LoadProblem';

export type { SettingsPageProps };

/**
 * IT's settings for the tenant and one of its boards, the one given (shown only to IT members; anyone else the API
 * refuses, and the page says so without showing any setting). Each section saves on its own. The board is picked
 * in the tab's header, as for every page, so the page has no picker of its own.
 */
export function SettingsPage(props: SettingsPageProps) {
  const styles = useSettingsPageStyles();
  const { t } = useTranslator();
  const titleId = useId('settings-title');
  const notify = useNotify();
  const page = useSettingsPage(props);
  const { state, board, boards, locale } = page;
  const context = { notify, onChanged: page.onChanged };

  return (
    <section aria-labelledby={titleId} className={styles.root}>
      <h2 id={titleId} className={styles.title}>
        {t('settings.title')}
      </h2>
      {state.status === 'loading' && <Spinner label={t('settings.loading')} />}
      {state.status === 'forbidden' && (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>{t('settings.forbidden.title')}</MessageBarTitle>
            {t('settings.forbidden.body')}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'error' && (
        <LoadProblem problem={state.problem} onRetry={page.retry} retryLabel={t('settings.retry')} />
      )}
      {state.status === 'ready' && board && (
        <>
          <div>
            <h3 className={styles.groupTitle}>{t('settings.board.group', { name: board.name })}</h3>
            {boards.length > 1 && (
              <Text size={200} className={styles.groupHint}>
                {t('settings.board.others', { count: boards.length })}
              </Text>
            )}
          </div>
          <div className={styles.columns} key={board.id}>
            <BoardSection board={board} onBoardSaved={page.onBoardSaved} locale={locale} {...context} />
            <CategoriesSection board={board} onBoardSaved={page.onBoardSaved} {...context} />
            <SavedResponsesSection board={board} onBoardSaved={page.onBoardSaved} {...context} />
            <AnnouncementsSection
              board={board}
              onBoardSaved={page.onBoardSaved}
              locale={locale}
              {...context}
            />
          </div>
        </>
      )}
      {state.status === 'ready' && (
        <>
          <h3 className={styles.groupTitle}>{t('settings.organisation')}</h3>
          <div className={styles.columns}>
            <EnablementSection
              settings={state.settings}
              onSettingsSaved={page.onSettingsSaved}
              {...context}
            />
            <WorkingDaysSection
              settings={state.settings}
              onSettingsSaved={page.onSettingsSaved}
              {...context}
            />
            <ItMembersSection
              settings={state.settings}
              onSettingsSaved={page.onSettingsSaved}
              locale={locale}
              {...context}
            />
            <AuditLog changes={page.changes} locale={locale} />
          </div>
        </>
      )}
    </section>
  );
}
