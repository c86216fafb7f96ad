import type { TableClient } from '@azure/data-tables';
import { keys, quote } from '../../api/src/storage/keys.js';
import { PARTITION_READS } from '../../api/src/storage/partitionReads.js';
import type { BenchApi } from './benchApi.js';
import { timed } from './latency.js';
import { seedBoard } from './seedBoard.js';

interface IdeaPage {
  items: { id: string; votes: number }[];
  nextCursor: string | null;
}

export interface BoardWalk {
  pages: number;
  items: number;
  distinctIds: number;
  /** Votes never increase from one idea to the next, across page boundaries. */
  inTopOrder: boolean;
}

export interface BoardListing {
  ideas: number;
  seedMs: number;
  scanRows: number;
  /** Each in ms, one per run, after the warm-up runs. */
  scans: number[];
  firstPages: number[];
  /** The very first page, while the host had never listed the board: it reads the board whole. */
  firstListingMs: number;
  walks: number[];
  /** Every walk's outcome, warm-ups included: each must see the whole board once. */
  walkOutcomes: BoardWalk[];
}

const BOARD_ID = 'default';

export async function measureBoardListing(
  api: BenchApi,
  ideasTable: TableClient,
  tenantId: string,
  ideas: number,
  runs: number,
  warmUps: number,
): Promise<BoardListing> {
  const token = await api.tokenFor({ tenantId, userId: 'reader', name: 'Reader' });
  // Any route creates the tenant's default board, which listing the board's ideas needs.
  await api.expect(200, 'GET', '/api/boards', { token });
  const { ms: seedMs } = await timed(() => seedBoard(ideasTable, tenantId, BOARD_ID, ideas));
  // A listing reads again every row changed in the last few seconds (see PartitionReads): measured straight after
  // seeding, every idea would be one. Waited out, the board is as a board is between bursts of writes.
  await new Promise((resolve) => setTimeout(resolve, PARTITION_READS.overlapMs + 1_000));

  const filter = `PartitionKey eq ${quote(keys.boardIdeas(tenantId, BOARD_ID))}`;
  const scan = async (): Promise<number> => {
    let rows = 0;
    for await (const row of ideasTable.listEntities({ queryOptions: { filter } })) if (row.rowKey) rows++;
    return rows;
  };
  const firstPage = () => api.expect<IdeaPage>(200, 'GET', '/api/ideas?sort=top&limit=50', { token });
  const pageAfter = async (cursor: string | null): Promise<IdeaPage> => {
    const after = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
    return (await api.expect<IdeaPage>(200, 'GET', `/api/ideas?sort=top&limit=100${after}`, { token })).body;
  };
  const walk = async (): Promise<BoardWalk> => {
    const ids = new Set<string>();
    let pages = 0;
    let items = 0;
    let inTopOrder = true;
    let previousVotes = Number.POSITIVE_INFINITY;
    let cursor: string | null = null;
    do {
      const page = await pageAfter(cursor);
      pages++;
      for (const idea of page.items) {
        ids.add(idea.id);
        items++;
        if (idea.votes > previousVotes) inTopOrder = false;
        previousVotes = idea.votes;
      }
      cursor = page.nextCursor;
    } while (cursor !== null);
    return { pages, items, distinctIds: ids.size, inTopOrder };
  };

  const listing: BoardListing = {
    ideas,
    seedMs,
    scanRows: 0,
    scans: [],
    firstPages: [],
    firstListingMs: 0,
    walks: [],
    walkOutcomes: [],
  };
  // Interleaved, so a noisy moment on a shared machine lands on all three rather than skewing one ratio.
  for (let run = 0; run < warmUps + runs; run++) {
    const measured = run >= warmUps;
    const scanned = await timed(scan);
    listing.scanRows = scanned.result;
    const first = await timed(firstPage);
    if (run === 0) listing.firstListingMs = first.ms;
    const walked = await timed(walk);
    listing.walkOutcomes.push(walked.result);
    if (!measured) continue;
    listing.scans.push(scanned.ms);
    listing.firstPages.push(first.ms);
    listing.walks.push(walked.ms);
  }
  return listing;
}
