import { useCallback, useEffect, useRef, useState } from 'react';
import type { BoardView } from '@ideabar/core';
import type { Translator } from '@ideabar/core';
import { problemMessage } from '../api/apiError';
import { useTranslator } from '../app/translation';
import { useIdeaBarApi, type IdeaBarApi } from '../api/ideaBarApi';
import type { HostContext } from '../teams/hostContext';
import { useLoaded } from '../shared/useLoaded';
import { registerTabConfiguration, type TabConfiguration } from '../teams/teamsHost';

export interface ConfigPageProps {
  host: HostContext;
}

/**
 * The boards to choose from, the choice, and Teams' Save button wired to it. In a team, the team's own board is
 * opened (created the first time, named after the team) and chosen unless someone picks another.
 */
export function useConfigPage({ host }: ConfigPageProps) {
  const api = useIdeaBarApi();
  const translator = useTranslator();
  const [picked, setChosen] = useState<string | undefined>();
  const choice = useRef<TabConfiguration | undefined>(undefined);
  const setValid = useRef<(valid: boolean) => void>(() => undefined);
  const { teamId, teamName } = host;

  useEffect(() => {
    setValid.current = registerTabConfiguration(() => choice.current);
  }, []);

  const { value: choices } = useLoaded(
    useCallback(
      () => loadChoices(api, translator, { teamId, teamName }),
      [api, translator, teamId, teamName],
    ),
  );
  const boards = choices?.found;
  const problem = choices?.failure;
  // The team's own board, else the organisation's, until someone picks another.
  const preferred =
    choices && (choices.teamBoard ?? choices.found.find((board) => board.isDefault) ?? choices.found[0]);
  const chosen = picked ?? preferred?.id;

  useEffect(() => {
    const board = boards?.find((b) => b.id === chosen);
    choice.current = board ? { boardId: board.id, boardName: board.name } : undefined;
    setValid.current(Boolean(board));
  }, [boards, chosen]);

  return { boards, problem, chosen, setChosen };
}

interface Choices {
  found: BoardView[];
  teamBoard?: BoardView;
  failure?: string;
}

/** The tenant's boards, with the team's own board first; what failed is said, and the rest still offered. */
async function loadChoices(
  api: IdeaBarApi,
  translator: Translator,
  team: Pick<HostContext, 'teamId' | 'teamName'>,
): Promise<Choices> {
  const [listed, opened] = await Promise.allSettled([
    api.boards.list(),
    team.teamId ? api.boards.openTeamBoard(team.teamId, team.teamName ?? '') : Promise.resolve(undefined),
  ]);
  const others = listed.status === 'fulfilled' ? listed.value : [];
  const teamBoard = opened.status === 'fulfilled' ? opened.value : undefined;
  const found = teamBoard ? [teamBoard, ...others.filter((board) => board.id !== teamBoard.id)] : others;
  const failure =
    opened.status === 'rejected'
      ? problemMessage(translator, opened.reason, 'board.config.failed.openTeamBoard')
      : listed.status === 'rejected'
        ? problemMessage(translator, listed.reason, 'board.config.failed.loadBoards')
        : undefined;
  return { found, ...(teamBoard ? { teamBoard } : {}), ...(failure ? { failure } : {}) };
}
