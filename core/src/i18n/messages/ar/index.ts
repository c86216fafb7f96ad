import shellTexts from './shell.json' with { type: 'json' };
import boardTexts from './board.json' with { type: 'json' };
import ideaTexts from './idea.json' with { type: 'json' };
import roadmapTexts from './roadmap.json' with { type: 'json' };
import inboxTexts from './inbox.json' with { type: 'json' };
import triageTexts from './triage.json' with { type: 'json' };
import settingsTexts from './settings.json' with { type: 'json' };
import insightsTexts from './insights.json' with { type: 'json' };
import cardsTexts from './cards.json' with { type: 'json' };
import noticesTexts from './notices.json' with { type: 'json' };
import meetingTexts from './meeting.json' with { type: 'json' };
import peopleTexts from './people.json' with { type: 'json' };
import searchTexts from './search.json' with { type: 'json' };
import calendarTexts from './calendar.json' with { type: 'json' };

/** This language's catalog: one file per area of the app, so each area's texts change without touching the others'. */
export const catalog = {
  ...shellTexts,
  ...boardTexts,
  ...ideaTexts,
  ...roadmapTexts,
  ...inboxTexts,
  ...triageTexts,
  ...settingsTexts,
  ...insightsTexts,
  ...cardsTexts,
  ...noticesTexts,
  ...meetingTexts,
  ...peopleTexts,
  ...searchTexts,
  ...calendarTexts,
};

/** Each area's texts apart, so a test can hold that no key is written in two areas (the later would win silently). */
export const areas = {
  shell: shellTexts,
  board: boardTexts,
  idea: ideaTexts,
  roadmap: roadmapTexts,
  inbox: inboxTexts,
  triage: triageTexts,
  settings: settingsTexts,
  insights: insightsTexts,
  cards: cardsTexts,
  notices: noticesTexts,
  meeting: meetingTexts,
  people: peopleTexts,
  search: searchTexts,
  calendar: calendarTexts,
};
