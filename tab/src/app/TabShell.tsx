import { lazy, Suspense, useEffect, useState } from 'react';
import {
  Badge,
  Button,
  Dropdown,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  Tab,
  TabList,
  Text,
} from '@fluentui/react-components';
import type { TabPage } from './tabPage';
import { useTranslator } from './translation';
import { BoardPage } from '../board/BoardPage';
import { IDEA_LIST_ID } from '../board/useBoardPage';
import { ThemeSwitcher } from './ThemeSwitcher';
import { PageBoundary } from './PageBoundary';
import { useTabShellStyles } from './TabShell.styles';
import type { TabShellProps } from './useTabShell';
import { useTabShell } from './useTabShell';

// The board paints first; the other pages (and their charts) load when someone opens them.
const RoadmapPage = lazy(() =>
  import('../roadmap/RoadmapPage').then((module) => ({ default: module.RoadmapPage })),
);
const InsightsPage = lazy(() =>
  import('../insights/InsightsPage').then((module) => ({ default: module.InsightsPage })),
);
const InboxPage = lazy(() => import('../triage/InboxPage').then((module) => ({ default: module.InboxPage })));
const SettingsPage = lazy(() =>
  import('../settings/SettingsPage').then((module) => ({ default: module.SettingsPage })),
);

const ALL_BOARDS = '';
const tabId = (page: TabPage) => `ideabar-page-${page}`;

/** The tab's frame: the header with the pages, the board, who is signed in and the theme, then the page itself. */
export function TabShell(props: TabShellProps) {
  const { host, theme, person, onSwitchPerson, onThemeChange } = props;
  const styles = useTabShellStyles();
  const { t } = useTranslator();
  const shell = useTabShell(props);
  const { page, boards, board } = shell;
  // Where the board page puts its "New idea" button, so it sits in the header like the rest of the tab's controls.
  const [actions, setActions] = useState<HTMLDivElement | null>(null);
  const name = shell.me?.name ?? person?.name ?? host.userName;
  // With one board, every board is that one.
  const boardLabel =
    board?.name ??
    (boards.length === 1 ? boards[0]?.name : undefined) ??
    (shell.acrossBoards ? t('shell.allBoards') : t('shell.defaultBoard'));
  // A cycle opens on one board: the one chosen, or the only one there is.
  const cycleBoard = board ?? (boards.length === 1 ? boards[0] : undefined);

  return (
    <div className={styles.root}>
      {page === 'board' && (
        <a className={styles.skipLink} href={`#${IDEA_LIST_ID}`}>
          {t('shell.skipToIdeas')}
        </a>
      )}
      <header className={styles.header}>
        <div className={styles.heading}>
          <h1 className={styles.title}>IdeaBar</h1>
          {boards.length <= 1 && (
            <Text size={200} className={styles.boardName}>
              {boardLabel}
            </Text>
          )}
        </div>
        <TabList
          className={styles.nav}
          aria-label={t('shell.pages')}
          size="small"
          selectedValue={page}
          onTabSelect={(_, data) => shell.goTo(data.value as TabPage)}
        >
          {shell.pages.map((known) => (
            <Tab key={known} id={tabId(known)} value={known}>
              {t(`page.${known}`)}
            </Tab>
          ))}
        </TabList>
        {boards.length > 1 && (
          <Dropdown
            className={styles.boardPicker}
            aria-label={t('shell.board')}
            value={boardLabel}
            selectedOptions={[board?.id ?? ALL_BOARDS]}
            onOptionSelect={(_, data) => shell.chooseBoard(data.optionValue || undefined)}
          >
            {shell.acrossBoards && <Option value={ALL_BOARDS}>{t('shell.allBoards')}</Option>}
            {boards.map((known) => (
              <Option key={known.id} value={known.id}>
                {known.name}
              </Option>
            ))}
          </Dropdown>
        )}
        {name && (
          <div className={styles.person}>
            <Text size={200} className={styles.signedIn}>
              {t('shell.signedInAs', { name })}
            </Text>
            {shell.isItMember && (
              <Badge appearance="outline" color="brand" size="small">
                {t('shell.itBadge')}
              </Badge>
            )}
            {onSwitchPerson && (
              <Button size="small" appearance="transparent" onClick={onSwitchPerson}>
                {t('shell.switchPerson')}
              </Button>
            )}
          </div>
        )}
        {onThemeChange && <ThemeSwitcher theme={theme} onChange={onThemeChange} />}
        <div ref={setActions} className={styles.actions} />
      </header>
      <div role="tabpanel" aria-labelledby={tabId(page)} className={styles.page}>
        {page === 'board' ? (
          <BoardPage
            host={host}
            onReady={shell.boardReady}
            headerActions={actions}
            {...(shell.me ? { me: shell.me } : {})}
          />
        ) : (
          <PageBoundary key={page} onFailure={shell.ready} className={styles.message}>
            <Suspense fallback={<PagePending />}>
              {page === 'inbox' &&
                (shell.isItMember ? (
                  <InboxPage
                    boardId={shell.boardId}
                    boardNames={new Map(boards.map((known) => [known.id, known.name]))}
                    locale={host.locale}
                    ideaHref={shell.ideaHref}
                    onOpenIdea={shell.openIdea}
                  />
                ) : shell.meKnown ? (
                  <MessageBar intent="info" className={styles.message}>
                    <MessageBarBody>{t('shell.inboxForIt')}</MessageBarBody>
                  </MessageBar>
                ) : (
                  <PagePending />
                ))}
              {page === 'roadmap' && (
                <RoadmapPage
                  boardId={shell.boardId}
                  locale={host.locale}
                  ideaHref={shell.ideaHref}
                  onOpenIdea={shell.openIdea}
                  canOpenCycles={shell.isItMember}
                  cycleBoard={cycleBoard}
                />
              )}
              {page === 'insights' && (
                <InsightsPage
                  boardId={shell.boardId}
                  board={board}
                  canExport={shell.isItMember}
                  locale={host.locale}
                  theme={theme}
                />
              )}
              {page === 'settings' &&
                (shell.isItMember ? (
                  <SettingsPage boardId={shell.boardId ?? null} onBoardChanged={shell.boardChanged} />
                ) : shell.meKnown ? (
                  <MessageBar intent="info" className={styles.message}>
                    <MessageBarBody>{t('shell.settingsForIt')}</MessageBarBody>
                  </MessageBar>
                ) : (
                  <PagePending />
                ))}
              <Shown onShown={shell.ready} />
            </Suspense>
          </PageBoundary>
        )}
      </div>
    </div>
  );
}

function PagePending() {
  const styles = useTabShellStyles();
  const { t } = useTranslator();
  return (
    <div className={styles.pending}>
      <Spinner size="small" label={t('page.opening')} />
    </div>
  );
}

/** Mounts once everything beside it in its Suspense boundary has loaded: the page's code is in and showing. */
function Shown({ onShown }: { onShown(): void }) {
  useEffect(() => onShown(), [onShown]);
  return null;
}
