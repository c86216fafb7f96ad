import type { NotificationRepositories, Repositories } from '@ideabar/core';
import { TableAudit } from './tableAudit.js';
import { TableBoards } from './tableBoards.js';
import { TableComments } from './tableComments.js';
import { TableCycles } from './tableCycles.js';
import { TableDue } from './tableDue.js';
import { TableEvents } from './tableEvents.js';
import { TableConversations } from './tableConversations.js';
import { TableFollowers } from './tableFollowers.js';
import { TableHistory } from './tableHistory.js';
import { TableIdeas } from './tableIdeas.js';
import { TableMembers } from './tableMembers.js';
import { TableOutbox } from './tableOutbox.js';
import { TablePeople } from './tablePeople.js';
import { TablePostedCards } from './tablePostedCards.js';
import { TableSendSlots } from './tableSendSlots.js';
import { TableSavedResponses } from './tableSavedResponses.js';
import { TableSettings } from './tableSettings.js';
import type { TableClients } from './tables.js';
import { TableVotes } from './tableVotes.js';

export function tableRepositories(tables: TableClients): Repositories {
  return {
    boards: new TableBoards(tables.Boards),
    ideas: new TableIdeas(tables.Ideas),
    votes: new TableVotes(tables.Votes),
    comments: new TableComments(tables.Comments),
    history: new TableHistory(tables.History),
    members: new TableMembers(tables.Members),
    cycles: new TableCycles(tables.Cycles),
    settings: new TableSettings(tables.Settings),
    audit: new TableAudit(tables.Audit),
    due: new TableDue(tables.Due),
    events: new TableEvents(tables.Events),
    savedResponses: new TableSavedResponses(tables.SavedResponses),
    people: new TablePeople(tables.Members),
  };
}

/**
 * The bot's tables: conversation references, followers, the proactive outbox, where idea cards were posted and the
 * send slots that keep Teams' rates across processes.
 */
export function tableNotifications(tables: TableClients): NotificationRepositories {
  return {
    conversations: new TableConversations(tables.Conversations),
    followers: new TableFollowers(tables.Followers),
    outbox: new TableOutbox(tables.Outbox),
    postedCards: new TablePostedCards(tables.PostedCards),
    sendSlots: new TableSendSlots(tables.SendSlots),
  };
}
