import type { Repositories } from '../ports.js';
import { MemoryAudit } from './memoryAudit.js';
import { MemoryBoards } from './memoryBoards.js';
import { MemoryComments } from './memoryComments.js';
import { MemoryCycles } from './memoryCycles.js';
import { MemoryDue } from './memoryDue.js';
import { MemoryEvents } from './memoryEvents.js';
import { MemoryHistory } from './memoryHistory.js';
import { MemoryIdeas } from './memoryIdeas.js';
import { MemoryMembers } from './memoryMembers.js';
import { MemoryPeople } from './memoryPeople.js';
import { MemorySavedResponses } from './memorySavedResponses.js';
import { MemorySettings } from './memorySettings.js';
import { MemoryVotes } from './memoryVotes.js';

/**
 * The in-memory twin of the Table Storage repositories, for unit tests of the domain. It passes the same contract
 * tests, so it keeps the same promises: records are copied in and out, writes are conditional on versions, and
 * every key starts with the tenant. Tests reach it as `@ideabar/core/testing`; production code never does.
 */
export function memoryRepositories(): Repositories {
  return {
    boards: new MemoryBoards(),
    ideas: new MemoryIdeas(),
    votes: new MemoryVotes(),
    comments: new MemoryComments(),
    history: new MemoryHistory(),
    members: new MemoryMembers(),
    cycles: new MemoryCycles(),
    settings: new MemorySettings(),
    audit: new MemoryAudit(),
    due: new MemoryDue(),
    events: new MemoryEvents(),
    savedResponses: new MemorySavedResponses(),
    people: new MemoryPeople(),
  };
}
