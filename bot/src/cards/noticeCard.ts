import { textDirection } from '@ideabar/core';
import { adaptiveCard, textBlock, type AdaptiveCard } from './adaptiveCard.js';

/** A one-line answer from IdeaBar (IdeaBar's own words; never carries user text unescaped), in `locale`'s direction. */
export const noticeCard = (text: string, locale = 'en'): AdaptiveCard =>
  adaptiveCard([textBlock(text)], [], undefined, textDirection(locale));
