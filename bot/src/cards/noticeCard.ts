import { adaptiveCard, textBlock, type AdaptiveCard } from './adaptiveCard.js';

/** A one-line answer from IdeaBar (IdeaBar's own words; never carries user text unescaped). */
export const noticeCard = (text: string): AdaptiveCard => adaptiveCard([textBlock(text)]);
