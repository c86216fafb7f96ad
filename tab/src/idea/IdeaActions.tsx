import { useState } from 'react';
import { Button, Field, Text, Textarea } from '@fluentui/react-components';
import { Link20Regular, Share20Regular } from '@fluentui/react-icons';
import { takesVotes, type IdeaView } from '@ideabar/core';
import { useTranslator } from '../app/translation';
import { VoteButton } from '../shared/VoteButton';
import type { HostContext } from '../teams/hostContext';
import { ideaLink } from '../teams/ideaLink';
import { canShareToChat, shareToChat } from '../teams/teamsHost';
import { useIdeaDetailStyles } from './IdeaDetail.styles';

export interface IdeaActionsProps {
  idea: IdeaView;
  host: HostContext;
  onVote(ideaId: string): void;
  onNotice(message: string, intent?: 'success' | 'error'): void;
}

/** What anyone can do with an idea: vote (while it takes votes), copy its link, share it to a chat. */
export function IdeaActions({ idea, host, onVote, onNotice }: IdeaActionsProps) {
  const styles = useIdeaDetailStyles();
  const { t } = useTranslator();
  const [shownLink, setShownLink] = useState<string | undefined>();

  const copyLink = async () => {
    const link = ideaLink(host, idea.id);
    try {
      await navigator.clipboard.writeText(link);
      onNotice(t('idea.linkCopied'));
    } catch {
      // Some hosts block the clipboard: show the link so it can be copied by hand.
      setShownLink(link);
    }
  };

  const shareIdea = async () => {
    try {
      if (await shareToChat(ideaLink(host, idea.id), idea.title || t('idea.untitled')))
        onNotice(t('idea.shared'));
    } catch {
      onNotice(t('idea.shareFailed'), 'error');
    }
  };

  return (
    <>
      <div className={styles.actions}>
        {takesVotes(idea.status) ? (
          <VoteButton
            size="large"
            ideaTitle={idea.title}
            votes={idea.votes}
            myVote={idea.myVote}
            onToggle={() => onVote(idea.id)}
          />
        ) : (
          <Text>
            {idea.status === 'delivered'
              ? t('idea.votes.delivered', { count: idea.votes })
              : t('idea.votes.merged', { count: idea.votes })}
          </Text>
        )}
        <Button icon={<Link20Regular />} onClick={() => void copyLink()}>
          {t('idea.copyLink')}
        </Button>
        {canShareToChat() && (
          <Button icon={<Share20Regular />} onClick={() => void shareIdea()}>
            {t('idea.shareToChat')}
          </Button>
        )}
      </div>
      {shownLink && (
        <Field label={t('idea.link.label')} hint={t('idea.link.hint')}>
          <Textarea
            readOnly
            value={shownLink}
            className={styles.linkBox}
            onFocus={(e) => e.target.select()}
          />
        </Field>
      )}
    </>
  );
}
