/**
 * The part of the Adaptive Card schema (1.5, as Teams renders it) that IdeaBar's cards use, as types, so a card
 * that does not fit the schema does not compile. Builders in this folder return these; nothing hand-writes JSON.
 */
export const CARD_VERSION = '1.5';
export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export type Spacing = 'none' | 'small' | 'default' | 'medium' | 'large';
export type TextSize = 'small' | 'default' | 'medium' | 'large';
export type TextColor = 'default' | 'accent' | 'good' | 'warning' | 'attention';

/** Text IdeaBar writes itself: may use Adaptive Card markdown. Never carries what people typed. */
export interface TextBlock {
  type: 'TextBlock';
  text: string;
  wrap?: boolean;
  size?: TextSize;
  weight?: 'default' | 'bolder';
  color?: TextColor;
  isSubtle?: boolean;
  spacing?: Spacing;
  separator?: boolean;
  maxLines?: number;
}

/** A run of text that is never read as markdown: what people typed goes here (see plainText.ts). */
export interface TextRun {
  type: 'TextRun';
  text: string;
  weight?: 'default' | 'bolder';
  size?: TextSize;
  color?: TextColor;
  isSubtle?: boolean;
  italic?: boolean;
}

export interface RichTextBlock {
  type: 'RichTextBlock';
  inlines: TextRun[];
  spacing?: Spacing;
  separator?: boolean;
}

export interface Column {
  type: 'Column';
  width?: 'auto' | 'stretch';
  items: CardElement[];
  verticalContentAlignment?: 'top' | 'center' | 'bottom';
}

export interface ColumnSet {
  type: 'ColumnSet';
  columns: Column[];
  spacing?: Spacing;
  separator?: boolean;
}

export interface Container {
  type: 'Container';
  items: CardElement[];
  style?: 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';
  spacing?: Spacing;
  separator?: boolean;
}

export interface InputText {
  type: 'Input.Text';
  id: string;
  label: string;
  value?: string;
  placeholder?: string;
  isMultiline?: boolean;
  maxLength?: number;
  isRequired?: boolean;
  errorMessage?: string;
}

export interface Choice {
  title: string;
  value: string;
}

export interface InputChoiceSet {
  type: 'Input.ChoiceSet';
  id: string;
  label: string;
  choices: Choice[];
  style?: 'compact' | 'expanded';
  value?: string;
  placeholder?: string;
  isRequired?: boolean;
  errorMessage?: string;
}

/** Buttons inside the body, such as one vote button per idea of a list. */
export interface ActionSet {
  type: 'ActionSet';
  actions: CardAction[];
  spacing?: Spacing;
}

export type CardElement =
  TextBlock | RichTextBlock | ColumnSet | Container | InputText | InputChoiceSet | ActionSet;

/** Data an action sends back; its shape is fixed by the verb (see verbs/verbs.ts). */
export type ActionData = Record<string, string | number | boolean | null>;

export interface SubmitAction {
  type: 'Action.Submit';
  title: string;
  data: ActionData;
  style?: 'default' | 'positive' | 'destructive';
}

export interface ExecuteAction {
  type: 'Action.Execute';
  title: string;
  verb: string;
  data: ActionData;
  style?: 'default' | 'positive' | 'destructive';
  /** What a screen reader and a hover say, where the title alone is ambiguous (one "Vote" per idea of a list). */
  tooltip?: string;
  /** For clients without Universal Actions: the same verb as a plain submit. */
  fallback?: SubmitAction;
}

export interface OpenUrlAction {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
}

export interface ShowCardAction {
  type: 'Action.ShowCard';
  title: string;
  card: AdaptiveCard;
}

export type CardAction = ExecuteAction | SubmitAction | OpenUrlAction | ShowCardAction;

export interface Refresh {
  action: ExecuteAction;
  /** Teams ids (MRIs) whose clients fetch their own view when the card is shown; at most 60. */
  userIds: string[];
}

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: typeof CARD_VERSION;
  body: CardElement[];
  actions?: CardAction[];
  refresh?: Refresh;
  msteams?: { width: 'Full' };
  /** Right to left, for a reader in Arabic: Adaptive Cards 1.5 lays the whole card out from the right. */
  rtl?: boolean;
}

export const REFRESH_USER_LIMIT = 60;

/** `dir` is the reader's language's direction (a translator's `dir`): `rtl` lays the card out from the right. */
export function adaptiveCard(
  body: CardElement[],
  actions: CardAction[] = [],
  refresh?: Refresh,
  dir: 'ltr' | 'rtl' = 'ltr',
): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    body,
    ...(actions.length > 0 ? { actions } : {}),
    ...(refresh ? { refresh: { ...refresh, userIds: refresh.userIds.slice(0, REFRESH_USER_LIMIT) } } : {}),
    ...(dir === 'rtl' ? { rtl: true } : {}),
  };
}

export const textBlock = (text: string, options: Omit<TextBlock, 'type' | 'text'> = {}): TextBlock => ({
  type: 'TextBlock',
  text,
  wrap: true,
  ...options,
});

export interface CardAttachment {
  contentType: typeof CARD_CONTENT_TYPE;
  content: AdaptiveCard;
}

export const attachmentOf = (card: AdaptiveCard): CardAttachment => ({
  contentType: CARD_CONTENT_TYPE,
  content: card,
});
