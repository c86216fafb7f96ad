/**
 * `npm run repair`: a one-off that brings data written by an older IdeaBar up to what this one keeps, against the
 * storage the configuration names (Azurite by default). Each kind of repair is one step; each prints what it fixed,
 * and each is safe to run again (a second run fixes nothing).
 */
import { repairDueIndex, repairVotes, type IdeaBarContext } from '@ideabar/core';
import { loadConfig, LOCAL_SETTINGS } from '../api/src/config.js';
import { createServices } from '../api/src/services.js';
import { TableIdeas } from '../api/src/storage/tableIdeas.js';
import { tableClients } from '../api/src/storage/tables.js';
import { TableVotes } from '../api/src/storage/tableVotes.js';

interface RepairStep {
  name: string;
  /** Repairs, and says what it fixed in one line. */
  run(ideabar: IdeaBarContext, now: Date): Promise<string>;
}

const STEPS: RepairStep[] = [
  {
    name: 'index of what comes due',
    async run(ideabar, now) {
      const { ideas, cycles } = await repairDueIndex(ideabar, now);
      return `indexed ${ideas} ideas waiting for a first answer and ${cycles} cycles with a moment to come`;
    },
  },
];

const config = loadConfig({ ...LOCAL_SETTINGS, ...process.env });
const tables = tableClients(config.storage.connectionString, config.storage.tablePrefix);
STEPS.push({
  name: 'votes',
  async run(ideabar) {
    const fixed = await repairVotes(
      ideabar,
      new TableIdeas(tables.Ideas).everyIdea(),
      new TableVotes(tables.Votes).everyVoterListEntry(),
    );
    return (
      `checked ${fixed.ideas} ideas: ${fixed.tallyCreated} tallies counted from their vote rows, ` +
      `${fixed.countFixed} counts and ${fixed.closureFixed} closed-to-votes flags corrected, ` +
      `${fixed.copyFixed} idea rows' counts brought up, ${fixed.listsSet} "my votes" rows set, ` +
      `${fixed.strayListsRemoved} stray ones removed`
    );
  },
});
const services = createServices(config);
await services.ready().catch((error: unknown) => {
  console.error('Storage is not reachable. Is Azurite running (npm start starts it)?', error);
  process.exit(1);
});
const now = services.ideabar.clock.now();
for (const step of STEPS) {
  const started = performance.now();
  const fixed = await step.run(services.ideabar, now);
  console.log(`${step.name}: ${fixed} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
