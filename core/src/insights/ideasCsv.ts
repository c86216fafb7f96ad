import { MONDAY_TO_FRIDAY, type WorkingDays } from '../calendar/workingDays.js';
import type { IdeaRecord } from '../ideas/idea.js';
import { priorityOf } from '../ideas/triage.js';
import { businessDaysBetween } from './businessDays.js';

const COLUMNS: [string, (idea: IdeaRecord, days: WorkingDays) => string | number | null][] = [
  ['id', (i) => i.id],
  ['board', (i) => i.boardId],
  ['title', (i) => i.title],
  ['status', (i) => i.status],
  ['category', (i) => i.category],
  ['tags', (i) => i.tags.join('; ')],
  ['votes', (i) => i.votes],
  ['comments', (i) => i.commentCount],
  ['author', (i) => i.author.name],
  ['submitted', (i) => i.createdAt.toISOString()],
  ['first IT response', (i) => i.triage.firstResponseAt?.toISOString() ?? null],
  [
    'response business days',
    (i, days) =>
      i.triage.firstResponseAt
        ? round(businessDaysBetween(i.createdAt, i.triage.firstResponseAt, days))
        : null,
  ],
  ['IT partner', (i) => i.triage.itPartner?.name ?? null],
  ['business sponsor', (i) => i.triage.sponsor?.name ?? null],
  ['sourcing', (i) => i.triage.classification?.sourcing ?? null],
  ['recommendation', (i) => i.triage.classification?.recommendation ?? null],
  ['value', (i) => i.triage.classification?.value ?? null],
  ['effort', (i) => i.triage.classification?.effort ?? null],
  ['priority', (i) => (i.triage.classification ? priorityOf(i.triage.classification) : null)],
  ['decline constraint', (i) => (i.status === 'declined' ? (i.triage.decline?.constraint ?? null) : null)],
  ['decline rule', (i) => (i.status === 'declined' ? (i.triage.decline?.rule ?? null) : null)],
  ['path to yes', (i) => (i.status === 'declined' ? (i.triage.decline?.pathToYes ?? null) : null)],
  ['appeal', (i) => i.triage.appeal?.reason ?? null],
  ['expected benefit', (i) => benefitText(i.triage.expectedBenefit)],
  ['measured benefit', (i) => benefitText(i.triage.measuredBenefit)],
  ['duplicate of', (i) => i.triage.duplicateOf],
];

/**
 * Ideas with their decisions as CSV (RFC 4180) for IT's planning spreadsheets. Every text cell is quoted. A
 * spreadsheet may split a line on another separator than the comma (a semicolon in many locales, a tab, a pipe),
 * and then a piece of a title becomes a cell of its own; so wherever a piece could start (at the start of the text
 * or after any of those separators or a line break, past spaces) a character that would make it a formula
 * (= + - @ or a control character) gets an apostrophe before it. An idea's text can never run as a formula on IT's
 * machine, however the sheet is opened.
 */
export function ideasCsv(ideas: readonly IdeaRecord[], days: WorkingDays = MONDAY_TO_FRIDAY): string {
  const lines = [COLUMNS.map(([name]) => cell(name))];
  for (const idea of ideas) lines.push(COLUMNS.map(([, value]) => cell(value(idea, days))));
  return lines.map((line) => line.join(',')).join('\r\n') + '\r\n';
}

// eslint-disable-next-line no-control-regex -- control characters are among what starts a formula
const FORMULA_START = /(^|[,;\t|\r\n])( *)(?=[=+\-@\u0000-\u0008\u000B\u000C\u000E-\u001F])/g;

function cell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const defused = value.replace(FORMULA_START, "$1$2'");
  return `"${defused.replace(/"/g, '""')}"`;
}

function benefitText(benefit: IdeaRecord['triage']['expectedBenefit']): string | null {
  if (!benefit) return null;
  const amount = benefit.amount === null ? '' : `${benefit.amount} `;
  return `${amount}${benefit.kind.replace(/_/g, ' ')}${benefit.note ? ` (${benefit.note})` : ''}`.trim();
}

const round = (value: number): number => Math.round(value * 100) / 100;
