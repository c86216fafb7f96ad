/**
 * A strict stand-in for the parts of @microsoft/teams-js the tab uses, held to what the real SDK (2.58) does rather
 * than to what the tab hopes for: nothing works before `app.initialize()`; `people.selectPeople` is refused outside
 * a tab's content, a dialog or its settings (as the SDK's frame check does), checks its inputs as the SDK does and
 * fails with the SDK's error codes; and what it gives back is what Teams gives: an Entra object id, with a display
 * name and an email each optional.
 */
export interface PeoplePickerResult {
  objectId: string;
  displayName?: string;
  email?: string;
}

export interface PeoplePickerInputs {
  title?: string;
  setSelected?: string[];
  openOrgWideSearchInChatOrChannel?: boolean;
  singleSelect?: boolean;
}

/** The SDK's error codes (its `ErrorCode` enum) that the tab meets. */
export const ERROR_CODE = { INVALID_ARGUMENTS: 4, USER_ABORT: 8, NOT_SUPPORTED_ON_PLATFORM: 100 } as const;

export interface FakeTeams {
  initialized: boolean;
  frameContext: 'content' | 'task' | 'settings' | 'sidePanel' | 'meetingStage';
  peopleSupported: boolean;
  /** What the person does in Teams' picker: picks these people, or closes it. */
  nextPick: PeoplePickerResult[] | 'closed';
  /** Every picker Teams was asked to open, with its inputs. */
  picked: PeoplePickerInputs[];
}

export const newFakeTeams = (): FakeTeams => ({
  initialized: false,
  frameContext: 'content',
  peopleSupported: true,
  nextPick: 'closed',
  picked: [],
});

function ensureInitialized(teams: FakeTeams, ...allowed: FakeTeams['frameContext'][]): void {
  if (!teams.initialized) throw new Error('The library has not yet been initialized');
  if (allowed.length > 0 && !allowed.includes(teams.frameContext))
    throw new Error(
      `This call is only allowed in following contexts: ${JSON.stringify(allowed)}. Current context: "${teams.frameContext}".`,
    );
}

/** As the SDK's validatePeoplePickerInput. */
const validInputs = (inputs?: PeoplePickerInputs): boolean =>
  !inputs ||
  ((!inputs.title || typeof inputs.title === 'string') &&
    (!inputs.setSelected || typeof inputs.setSelected === 'object') &&
    (!inputs.openOrgWideSearchInChatOrChannel ||
      typeof inputs.openOrgWideSearchInChatOrChannel === 'boolean') &&
    (!inputs.singleSelect || typeof inputs.singleSelect === 'boolean'));

/** The module `vi.mock('@microsoft/teams-js', …)` answers with, over `teams`. */
export function fakeTeamsJs(teams: FakeTeams, context: Record<string, unknown> = {}) {
  return {
    ErrorCode: ERROR_CODE,
    app: {
      initialize: async () => {
        teams.initialized = true;
      },
      getContext: async () => {
        ensureInitialized(teams);
        return {
          app: { locale: 'en-US', theme: 'default', host: { name: 'Teams' }, sessionId: 's' },
          page: { id: 'board-default', frameContext: teams.frameContext },
          user: { id: 'oid-1', displayName: 'Megan Bowen', tenant: { id: 'tid-1' } },
          ...context,
        };
      },
      notifySuccess: () => undefined,
      notifyFailure: () => undefined,
      registerOnThemeChangeHandler: () => undefined,
      FailedReason: { Other: 'Other' },
    },
    authentication: { getAuthToken: async () => 'teams-sso-token' },
    pages: {},
    people: {
      isSupported: (): boolean => {
        ensureInitialized(teams);
        return teams.peopleSupported;
      },
      selectPeople: (inputs?: PeoplePickerInputs): Promise<PeoplePickerResult[]> => {
        ensureInitialized(teams, 'content', 'task', 'settings');
        if (!validInputs(inputs)) return Promise.reject({ errorCode: ERROR_CODE.INVALID_ARGUMENTS });
        if (!teams.peopleSupported)
          return Promise.reject({ errorCode: ERROR_CODE.NOT_SUPPORTED_ON_PLATFORM });
        teams.picked.push(structuredClone(inputs ?? {}));
        const pick = teams.nextPick;
        if (pick === 'closed') return Promise.reject({ errorCode: ERROR_CODE.USER_ABORT });
        const chosen = inputs?.singleSelect ? pick.slice(0, 1) : pick;
        return Promise.resolve(structuredClone(chosen));
      },
    },
  };
}
