import { describe, expect, it } from 'vitest';
import { DEFAULT_BOARD_ID, listIdeas, mergeIdea, submitIdea, type Caller } from '../../../core/src/index.js';
import { ADA, cardAction, GRACE, message, OTHER_TENANT, TENANT, type Person } from '../support/activities.js';
import { BotHarness, invokeCard, textOf } from '../support/botHarness.js';
import { plainTexts } from '../support/cardValidation.js';

const callerOf = (person: Person, tenantId = TENANT): Caller => ({
  tenantId,
  userId: person.aadObjectId,
  name: person.name,
});
const itLead: Caller = { tenantId: TENANT, userId: 'aad-it', name: 'IT Lead' };

const idea = (harness: BotHarness, title: string, by: Caller) =>
  submitIdea(harness.ideabar, by, { title, description: `What ${title.toLowerCase()} would change.` });

/**
 * A moderated board with one of each idea the tab keeps from some readers: Grace's waiting for approval, a merged
 * duplicate, and another organisation's.
 */
async function boardWithHiddenIdeas() {
  const harness = new BotHarness();
  await harness.ideabar.itDirectory.addItMember(itLead);
  await harness.send(message(ADA, 'hi'));
  await harness.send(message(GRACE, 'hi'));
  const refresh = await idea(harness, 'Laptop refresh', callerOf(ADA));
  const upgrade = await idea(harness, 'Laptop upgrade', callerOf(ADA));
  await mergeIdea(harness.ideabar, itLead, upgrade.id, { into: refresh.id, response: 'The same idea.' });
  await idea(harness, 'Laptop docks', callerOf(ADA, OTHER_TENANT));
  const { boards } = harness.ideabar.repos;
  const board = await boards.findVersioned(TENANT, DEFAULT_BOARD_ID);
  await boards.save({ ...board!.value, moderation: true }, board!.version);
  const waiting = await idea(harness, 'Laptop stickers', callerOf(GRACE));
  return { harness, waiting };
}

/** The titles the tab's board shows the person for the same list (GET /api/ideas runs this use case). */
async function tabTitles(harness: BotHarness, person: Person, query: Record<string, string>) {
  const page = await listIdeas(harness.ideabar, callerOf(person), query);
  return page.items.map((item) => item.title).sort();
}

const laptopTitles = (texts: string[]) => texts.filter((text) => text.startsWith('Laptop')).sort();

describe('the bot shows a person what the tab shows them, and nothing more', () => {
  it('top: the board’s open ideas, without another person’s idea waiting for approval, a duplicate or another organisation’s', async () => {
    const { harness } = await boardWithHiddenIdeas();
    const top = (await harness.send(message(ADA, 'top'))).cards.at(-1)!;
    const shown = laptopTitles(plainTexts(top));
    expect(shown).toEqual(['Laptop refresh']);
    expect(shown).toEqual(await tabTitles(harness, ADA, { sort: 'top', status: 'open' }));
  });

  it('my ideas: the author sees her idea waiting for approval; no one else finds it among theirs', async () => {
    const { harness } = await boardWithHiddenIdeas();
    const grace = laptopTitles(plainTexts((await harness.send(message(GRACE, 'my ideas'))).cards.at(-1)!));
    expect(grace).toEqual(['Laptop stickers']);
    expect(grace).toEqual(await tabTitles(harness, GRACE, { mine: 'true', sort: 'new' }));
    const ada = laptopTitles(plainTexts((await harness.send(message(ADA, 'my ideas'))).cards.at(-1)!));
    expect(ada).toEqual(await tabTitles(harness, ADA, { mine: 'true', sort: 'new' }));
    expect(ada).not.toContain('Laptop stickers');
  });

  it('a card asking for an idea waiting for approval tells anyone but its author and IT that it does not exist', async () => {
    const { harness, waiting } = await boardWithHiddenIdeas();
    const refused = invokeCard(await harness.send(cardAction(ADA, 'refreshIdea', { ideaId: waiting.id })));
    expect(textOf(refused)).toContain('The idea was not found');
    expect(textOf(refused)).not.toContain('Laptop stickers');
    const own = invokeCard(await harness.send(cardAction(GRACE, 'refreshIdea', { ideaId: waiting.id })));
    expect(plainTexts(own)).toContain('Laptop stickers');
    // Voting is reading first: the hidden idea takes no vote from someone who cannot see it.
    await harness.send(cardAction(ADA, 'vote', { ideaId: waiting.id }));
    expect((await harness.ideabar.repos.ideas.find(TENANT, waiting.id))?.value.votes).toBe(1);
  });
});
