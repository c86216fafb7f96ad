import type { TableClient, TransactionAction } from '@azure/data-tables';
import { IDEA_STATUSES, ulidSource, untriaged, type IdeaRecord } from '@ideabar/core';
import type { Row } from '../../api/src/storage/rowFields.js';
import { ideaRefRow, ideaRow } from '../../api/src/storage/tableIdeas.js';
import { inParallel } from './latency.js';

/** Table Storage's limit for one transaction, which must also stay within one partition. */
const TRANSACTION_ROWS = 100;
const DAY = 86_400_000;

const WORDS = (
  'vpn laptop printer badge wifi onboarding ticket portal password reset single sign-on teams channel ' +
  'sharepoint license approval workflow dashboard backup monitor dock headset meeting room booking ' +
  'self-service request automate manual process faster fewer clicks mobile access remote office network ' +
  'storage quota archive search knowledge base chatbot status page outage alert training guide budget ' +
  'hardware refresh cycle security phishing report button device enrolment patching schedule downtime'
).split(' ');
const CATEGORIES = ['Remote work', 'Hardware', 'Security', 'Collaboration', 'Onboarding', 'Automation'];

/** A small deterministic generator (mulberry32), so every run seeds the same board. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Words up to a length drawn between `min` and `max` characters. */
function prose(random: () => number, min: number, max: number): string {
  const target = min + Math.floor(random() * (max - min + 1));
  let text = '';
  while (text.length < target) {
    const word = WORDS[Math.floor(random() * WORDS.length)] as string;
    text += text === '' ? word[0]?.toUpperCase() + word.slice(1) : random() < 0.1 ? `. ${word}` : ` ${word}`;
  }
  return text.slice(0, max).trimEnd();
}

function ideasFor(tenantId: string, boardId: string, count: number, now: Date): IdeaRecord[] {
  const random = randomFrom(20_261_123);
  const ids = ulidSource();
  // A year of submissions, oldest first, so the time-ordered ids follow the creation dates.
  const ages = Array.from({ length: count }, () => random() * 365 * DAY).sort((a, b) => b - a);
  return ages.map((age) => {
    const createdAt = new Date(now.getTime() - age);
    // Most ideas gather a few votes and a handful gather hundreds, as on a real board.
    const votes = Math.floor(random() ** 3 * 400);
    const authorNumber = Math.floor(random() * 300);
    return {
      tenantId,
      id: ids.next(createdAt),
      boardId,
      title: prose(random, 20, 110),
      description: prose(random, 200, 1_500),
      category: random() < 0.15 ? null : (CATEGORIES[Math.floor(random() * CATEGORIES.length)] as string),
      tags: Array.from({ length: Math.floor(random() * 4) }, (_, index) => `${WORDS[index * 7]}`),
      status: IDEA_STATUSES[Math.floor(random() * IDEA_STATUSES.length)] ?? 'new',
      author: { id: `author-${authorNumber}`, name: `Author ${authorNumber}` },
      createdAt,
      updatedAt: createdAt,
      votes,
      commentCount: Math.floor(random() * (votes / 5)),
      heat: votes * random(),
      heatAt: now,
      triage: untriaged(),
      cycleId: null,
      lastChange: null,
    };
  });
}

function transactions(rows: Row[]): TransactionAction[][] {
  const batches: TransactionAction[][] = [];
  for (let start = 0; start < rows.length; start += TRANSACTION_ROWS) {
    batches.push(
      rows.slice(start, start + TRANSACTION_ROWS).map((row): TransactionAction => ['create', row]),
    );
  }
  return batches;
}

/**
 * Writes a board of `count` ideas straight into the Ideas table, as the API would have stored them: the idea rows
 * in the board's partition and their reference rows in the tenant's, each partition in transactions of its own.
 */
export async function seedBoard(
  ideasTable: TableClient,
  tenantId: string,
  boardId: string,
  count: number,
): Promise<void> {
  const ideas = ideasFor(tenantId, boardId, count, new Date());
  const batches = [...transactions(ideas.map(ideaRow)), ...transactions(ideas.map(ideaRefRow))];
  await inParallel(batches, 4, (actions) => ideasTable.submitTransaction(actions));
}
