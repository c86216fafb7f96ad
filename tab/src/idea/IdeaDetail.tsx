import { lazy, Suspense, useCallback, useRef } from 'react';
import {
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  MessageBar,
  MessageBarBody,
  OverlayDrawer,
  Skeleton,
  SkeletonItem,
  Text,
} from '@fluentui/react-components';
import { Dismiss24Regular } from '@fluentui/react-icons';
import type { IdeaView, MergeResult } from '@ideabar/core';
import { useTranslator } from '../app/translation';
import { useMe } from '../session/SessionProvider';
import { useIdea } from '../shared/ideaStore';
import { ageText } from '../shared/ideaText';
import { StatusBadge } from '../shared/StatusBadge';
import { AppealForm } from './AppealForm';
import { IdeaActions } from './IdeaActions';
import { IdeaComments } from './IdeaComments';
import { useIdeaDetailStyles } from './IdeaDetail.styles';
import { IdeaHistory } from './IdeaHistory';
import { TriageSummary } from './TriageSummary';
import { useIdeaDetail, type IdeaDetailProps } from './useIdeaDetail';

// Only IT members triage: everyone else never loads its forms.
const TriagePanel = lazy(() =>
  import('../triage/TriagePanel').then((module) => ({ default: module.TriagePanel })),
);

/**
 * One idea in full: description, where it stands with IT (and, for IT, its triage), status history with IT's
 * responses, and the conversation.
 */
export function IdeaDetail(props: IdeaDetailProps) {
  const { ideaId, store, host, onClose, onVote, onNotice, onOpenIdea } = props;
  const styles = useIdeaDetailStyles();
  const { t, formatLocale: locale } = useTranslator();
  const idea = useIdea(store, ideaId);
  const { history, changed } = useIdeaDetail(ideaId, store);
  const { me } = useMe();
  const standing = useRef<HTMLHeadingElement>(null);
  const triaged = useCallback(
    (next: IdeaView, notice: string) => {
      changed(next);
      onNotice(notice);
    },
    [changed, onNotice],
  );
  // The appeal and merge forms go away once they have done their work: focus moves to what changed.
  const appealed = useCallback(
    (next: IdeaView, notice: string) => {
      standing.current?.focus();
      triaged(next, notice);
    },
    [triaged],
  );
  const merged = useCallback(
    ({ duplicate, into }: MergeResult, notice: string) => {
      standing.current?.focus();
      changed(duplicate, into);
      onNotice(notice);
    },
    [changed, onNotice],
  );
  const reload = useCallback(() => changed(), [changed]);
  const isIt = me?.roles.includes('it') ?? false;

  return (
    <OverlayDrawer
      open
      position="end"
      className={styles.drawer}
      aria-label={idea ? t('idea.drawer', { title: idea.title }) : t('idea.drawer.loading')}
      onOpenChange={(_, data) => !data.open && onClose()}
    >
      <DrawerHeader>
        <DrawerHeaderTitle
          heading={{ as: 'h2', className: styles.title }}
          action={
            <Button
              appearance="subtle"
              aria-label={t('idea.close')}
              icon={<Dismiss24Regular />}
              onClick={onClose}
            />
          }
        >
          {idea ? <span dir="auto">{idea.title}</span> : t('idea.loading')}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody className={styles.body}>
        {!idea && history.state === 'error' && (
          <MessageBar intent="error">
            <MessageBarBody>{history.problem}</MessageBarBody>
          </MessageBar>
        )}
        {!idea && history.state === 'loading' && <DetailSkeleton />}
        {idea && (
          <>
            <div className={styles.meta}>
              <StatusBadge status={idea.status} />
              {idea.category && <Text dir="auto">{idea.category}</Text>}
              {idea.tags.map((tag) => (
                <Text key={tag} dir="auto">
                  #{tag}
                </Text>
              ))}
              <Text>
                {t('idea.postedBy', { age: ageText(idea.createdAt, locale), name: idea.author.name })}
              </Text>
            </div>
            <IdeaActions idea={idea} host={host} onVote={onVote} onNotice={onNotice} />
            <p className={styles.description} dir="auto">
              {idea.description}
            </p>
            <TriageSummary
              idea={idea}
              history={history.state === 'ready' ? history.value : undefined}
              store={store}
              locale={locale}
              isAuthor={me?.userId === idea.author.id}
              headingRef={standing}
              {...(onOpenIdea ? { onOpenIdea } : {})}
            />
            {me?.userId === idea.author.id && idea.status === 'declined' && !idea.appeal && (
              <AppealForm idea={idea} onChanged={appealed} onStale={reload} />
            )}
            {isIt && (
              <Suspense
                fallback={
                  <Skeleton aria-label={t('idea.triage.loading')}>
                    <SkeletonItem size={32} />
                  </Skeleton>
                }
              >
                <TriagePanel idea={idea} onChanged={triaged} onMerged={merged} onStale={reload} />
              </Suspense>
            )}
            <IdeaHistory history={history} />
            <IdeaComments ideaId={ideaId} store={store} count={idea.commentCount} onNotice={onNotice} />
          </>
        )}
      </DrawerBody>
    </OverlayDrawer>
  );
}

function DetailSkeleton() {
  const { t } = useTranslator();
  return (
    <Skeleton aria-label={t('idea.loadingIdea')}>
      <SkeletonItem size={24} />
      <SkeletonItem size={16} />
      <SkeletonItem size={16} />
    </Skeleton>
  );
}
