import { createContext, useContext } from 'react';
import { ApiClient, type TokenSource } from './apiClient';
import { BoardsApi } from './boardsApi';
import { CommentsApi } from './commentsApi';
import { CyclesApi } from './cyclesApi';
import { IdeasApi } from './ideasApi';
import { InboxApi } from './inboxApi';
import { InsightsApi } from './insightsApi';
import { MeApi } from './meApi';
import { PeopleApi } from './peopleApi';
import { SavedResponsesApi } from './savedResponsesApi';
import { SettingsApi } from './settingsApi';

/** One typed client per resource, sharing one authenticated connection. */
export interface IdeaBarApi {
  ideas: IdeasApi;
  comments: CommentsApi;
  boards: BoardsApi;
  me: MeApi;
  insights: InsightsApi;
  cycles: CyclesApi;
  settings: SettingsApi;
  inbox: InboxApi;
  savedResponses: SavedResponsesApi;
  people: PeopleApi;
}

export function createIdeaBarApi(tokens: TokenSource, baseUrl = ''): IdeaBarApi {
  const client = new ApiClient(tokens, baseUrl);
  return {
    ideas: new IdeasApi(client),
    comments: new CommentsApi(client),
    boards: new BoardsApi(client),
    me: new MeApi(client),
    insights: new InsightsApi(client),
    cycles: new CyclesApi(client),
    settings: new SettingsApi(client),
    inbox: new InboxApi(client),
    savedResponses: new SavedResponsesApi(client),
    people: new PeopleApi(client),
  };
}

export const IdeaBarApiContext = createContext<IdeaBarApi | null>(null);

export function useIdeaBarApi(): IdeaBarApi {
  const api = useContext(IdeaBarApiContext);
  if (!api) throw new Error('useIdeaBarApi needs an IdeaBarApiContext provider');
  return api;
}
