/** This language's catalog, one file per area of the app, so each area's texts change without touching the others'. */
export { default as shell } from './shell.json' with { type: 'json' };
export { default as board } from './board.json' with { type: 'json' };
export { default as idea } from './idea.json' with { type: 'json' };
export { default as roadmap } from './roadmap.json' with { type: 'json' };
export { default as inbox } from './inbox.json' with { type: 'json' };
export { default as triage } from './triage.json' with { type: 'json' };
export { default as settings } from './settings.json' with { type: 'json' };
export { default as insights } from './insights.json' with { type: 'json' };
export { default as cards } from './cards.json' with { type: 'json' };
export { default as notices } from './notices.json' with { type: 'json' };
export { default as meeting } from './meeting.json' with { type: 'json' };
export { default as people } from './people.json' with { type: 'json' };
export { default as search } from './search.json' with { type: 'json' };
export { default as calendar } from './calendar.json' with { type: 'json' };
export { default as reasons } from './reasons.json' with { type: 'json' };
