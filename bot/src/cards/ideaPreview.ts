import { translatorFor, type IdeaView } from '@ideabar/core';
import { excerpt } from './plainText.js';
import { statusLabel } from './statusLabels.js';

export const THUMBNAIL_CONTENT_TYPE = 'application/vnd.microsoft.card.thumbnail';

/** How much of the description a preview shows: Teams gives a result row two short lines. */
export const PREVIEW_EXCERPT = 120;

/** The part of Bot Framework's thumbnail card a message extension's result row shows. */
export interface ThumbnailCard {
  title: string;
  subtitle: string;
  text: string;
}

export interface ThumbnailAttachment {
  contentType: typeof THUMBNAIL_CONTENT_TYPE;
  content: ThumbnailCard;
}

/**
 * An idea as one compact row of search results or a pasted link's preview: its title, status and votes, and the start
 * of its description.
 */
export function ideaPreview(idea: IdeaView, locale?: string): ThumbnailAttachment {
  const translator = translatorFor(locale);
  return {
    contentType: THUMBNAIL_CONTENT_TYPE,
    content: {
      title: idea.title,
      subtitle: translator.t('card.statusAndVotes', {
        status: statusLabel(translator, idea.status),
        votes: idea.votes,
      }),
      text: withoutMarkup(excerpt(idea.description, PREVIEW_EXCERPT)),
    },
  };
}

/**
 * Teams may read a thumbnail's text (not its title) as markdown: what people typed must not become a live link or
 * formatting there. Only the characters that make links, emphasis and tags are escaped, so the row still reads as
 * typed in clients that show it plain.
 */
export function withoutMarkup(text: string): string {
  return text
    .replace(/[\\[\]*_`]/g, (c) => `\\${c}`)
    .replace(/</g, '&lt;')
    .replace(/:\/\//g, ':\u200B//');
}
