import { describe, expect, it } from 'vitest';
import { addCategory, submitIdea, updateCategory } from '../../../../core/src/index.js';
import type {
  AdaptiveCard,
  ExecuteAction,
  InputChoiceSet,
  InputText,
  SubmitAction,
} from '../../../../bot/src/cards/adaptiveCard.js';
import {
  ADA,
  cardAction,
  GRACE,
  message,
  messageAction,
  TEAM,
  TENANT,
  botAdded,
} from '../../support/activities.js';
import { newIdeaCard } from '../../../../bot/src/cards/newIdeaCard.js';
import { BotHarness, invokeCard, TEST_SETTINGS, textOf } from '../../support/botHarness.js';
import { actionsOf, expectValidCard } from '../../support/cardValidation.js';

const itLead = { tenantId: TENANT, userId: 'aad-it', name: 'IT Lead' };
const author = { tenantId: TENANT, userId: ADA.aadObjectId, name: ADA.name };

async function harnessWithIt(): Promise<BotHarness> {
  const harness = new BotHarness();
  await harness.ideabar.itDirectory.addItMember(itLead);
  return harness;
}

/** What the form offers for the category: the choice's values, or 'free text'. */
function categoryOffer(card: AdaptiveCard): string[] | 'free text' {
  const input = card.body.find(
    (e): e is InputText | InputChoiceSet =>
      (e.type === 'Input.Text' || e.type === 'Input.ChoiceSet') && e.id === 'category',
  );
  if (!input) throw new Error('The form has no category.');
  return input.type === 'Input.Text' ? 'free text' : input.choices.map((choice) => choice.value);
}

const valueOf = (card: AdaptiveCard, id: string) =>
  card.body.find((e): e is InputText => e.type === 'Input.Text' && e.id === id)?.value;

/** The card that answers a submitted new-idea form. */
const submitForm = async (harness: BotHarness, fields: Record<string, string>) =>
  invokeCard(await harness.send(cardAction(ADA, 'submitIdea', fields)));

const executes = (card: AdaptiveCard) =>
  actionsOf(card).filter((a): a is ExecuteAction => a.type === 'Action.Execute');

async function newIdeaCommand(harness: BotHarness, place: 'personal' | 'channel' = 'personal') {
  const card = (await harness.send(message(ADA, 'new idea', place))).cards.at(-1)!;
  expectValidCard(card);
  return card;
}

describe('the new-idea form’s categories', () => {
  it('offers exactly the board’s active categories, as stored now: added or retired, no restart', async () => {
    const harness = await harnessWithIt();
    await harness.send(message(ADA, 'hi'));
    expect(categoryOffer(await newIdeaCommand(harness))).toBe('free text');

    const board = await addCategory(harness.ideabar, itLead, 'default', { name: 'Security' });
    await addCategory(harness.ideabar, itLead, 'default', { name: 'Remote work' });
    const offered = await newIdeaCommand(harness);
    expect(categoryOffer(offered)).toEqual(['Security', 'Remote work']);
    expect(offered.body.filter((e) => e.type === 'Input.Text').map((e) => (e as InputText).id)).toEqual([
      'title',
      'description',
      'tags',
    ]);

    const remote = (await harness.ideabar.repos.boards.find(TENANT, board.id))!.categories[1]!;
    await updateCategory(harness.ideabar, itLead, 'default', remote.id, { retired: true });
    expect(categoryOffer(await newIdeaCommand(harness))).toEqual(['Security']);
    await updateCategory(harness.ideabar, itLead, 'default', remote.id, {
      retired: false,
      name: 'Hybrid work',
    });
    expect(categoryOffer(await newIdeaCommand(harness))).toEqual(['Security', 'Hybrid work']);
  });

  it('in a team’s channel and in Send to IdeaBar, the team board’s own categories', async () => {
    const harness = await harnessWithIt();
    await harness.send(botAdded(ADA, 'channel'));
    await addCategory(harness.ideabar, itLead, 'default', { name: 'Tenant-wide' });
    await addCategory(harness.ideabar, itLead, TEAM.id, { name: 'Plant floor' });
    expect(categoryOffer(await newIdeaCommand(harness, 'channel'))).toEqual(['Plant floor']);

    const fetched = await harness.send(
      messageAction(ADA, 'fetchTask', { messagePayload: { body: { content: 'x' } } }),
    );
    const dialog = (fetched.invoke?.body as { task: { value: { card: { content: AdaptiveCard } } } }).task
      .value.card.content;
    expectValidCard(dialog);
    expect(categoryOffer(dialog)).toEqual(['Plant floor']);
    expect(actionsOf(dialog).map((a) => a.type)).toEqual(['Action.Submit']);
  });

  it('refuses a retired category from an old card, saying so under the field, the draft kept', async () => {
    const harness = await harnessWithIt();
    await addCategory(harness.ideabar, itLead, 'default', { name: 'Security' });
    const board = await addCategory(harness.ideabar, itLead, 'default', { name: 'Remote work' });
    await updateCategory(harness.ideabar, itLead, 'default', board.categories[1]!.id, { retired: true });

    const refused = await submitForm(harness, {
      title: 'Hot desks',
      description: 'Book them',
      category: 'remote work',
    });
    expectValidCard(refused);
    expect(textOf(refused)).toContain('The category “Remote work” is no longer used on this board');
    expect(textOf(refused)).toContain('Choose one of: Security.');
    expect(valueOf(refused, 'title')).toBe('Hot desks');
    expect(categoryOffer(refused)).toEqual(['Security']);
    expect(await harness.ideabar.repos.ideas.listBoard(TENANT, 'default')).toEqual([]);

    const good = await submitForm(harness, {
      title: 'Hot desks',
      description: 'Book them',
      category: 'Security',
    });
    expect(textOf(good)).toContain('Your idea is on the board');
    expect((await harness.ideabar.repos.ideas.listBoard(TENANT, 'default'))[0]?.category).toBe('Security');

    // With no category left, the board takes typed text again, but never a retired name: core's one rule says so.
    await updateCategory(harness.ideabar, itLead, 'default', board.categories[0]!.id, { retired: true });
    const none = await submitForm(harness, {
      title: 'Quiet rooms',
      description: 'Book',
      category: 'security',
    });
    expect(textOf(none)).toContain('Security is no longer a category of this board.');
    expect(categoryOffer(none)).toBe('free text');
    expect(await harness.ideabar.repos.ideas.listBoard(TENANT, 'default')).toHaveLength(1);
  });
});

describe('similar ideas on the new-idea form', () => {
  async function withVpnIdeas() {
    const harness = new BotHarness();
    await harness.send(message(ADA, 'hi'));
    for (const title of [
      'Self-service VPN access',
      'VPN for contractors',
      'Faster VPN login',
      'VPN split tunnelling',
      'Printer queue',
    ]) {
      await submitIdea(harness.ideabar, author, { title, description: 'So people can work.' });
    }
    return harness;
  }
  const count = async (harness: BotHarness) =>
    (await harness.ideabar.repos.ideas.listBoard(TENANT, 'default')).length;

  it('“Check for similar ideas” shows up to three, with links, and keeps the draft', async () => {
    const harness = await withVpnIdeas();
    const draft = { title: 'Better VPN', description: 'My draft', tags: 'remote' };
    const checked = invokeCard(await harness.send(cardAction(GRACE, 'checkSimilarIdeas', draft)));
    expectValidCard(checked);
    expect(textOf(checked)).toContain('Similar ideas');
    expect((textOf(checked).match(/\[Open\]\(/g) ?? []).length).toBe(3);
    expect(textOf(checked)).not.toContain('Printer queue');
    expect([valueOf(checked, 'title'), valueOf(checked, 'description'), valueOf(checked, 'tags')]).toEqual([
      'Better VPN',
      'My draft',
      'remote',
    ]);
    const [submit, again] = executes(checked);
    expect(submit).toMatchObject({
      verb: 'submitIdea',
      title: 'Submit anyway',
      data: { checkedTitle: 'Better VPN' },
    });
    expect(again).toMatchObject({ verb: 'checkSimilarIdeas' });
    expect(await count(harness)).toBe(5);

    const anyway = invokeCard(
      await harness.send(cardAction(GRACE, 'submitIdea', { ...draft, checkedTitle: 'Better VPN' })),
    );
    expect(textOf(anyway)).toContain('Your idea is on the board');
    expect(await count(harness)).toBe(6);
  });

  it('submitting a title not checked yet shows the similar ideas first; a title like none goes straight in', async () => {
    const harness = await withVpnIdeas();
    const first = invokeCard(
      await harness.send(cardAction(GRACE, 'submitIdea', { title: 'VPN on phones', description: 'Please' })),
    );
    expectValidCard(first);
    expect(textOf(first)).toContain('These ideas look like yours');
    expect(await count(harness)).toBe(5);
    // Edited after the check: the new title is looked for again.
    const edited = invokeCard(
      await harness.send(
        cardAction(GRACE, 'submitIdea', {
          title: 'VPN on tablets',
          description: 'Please',
          checkedTitle: 'VPN on phones',
        }),
      ),
    );
    expect(textOf(edited)).toContain('Similar ideas');

    const unique = invokeCard(
      await harness.send(cardAction(GRACE, 'submitIdea', { title: 'Standing desks', description: 'Backs' })),
    );
    expect(textOf(unique)).toContain('Your idea is on the board');
    expect(await count(harness)).toBe(6);

    const none = invokeCard(
      await harness.send(cardAction(GRACE, 'checkSimilarIdeas', { title: 'Quiet rooms' })),
    );
    expect(textOf(none)).toContain('No similar ideas on this board yet');
    expect(executes(none)[0]).toMatchObject({ title: 'Submit idea', data: { checkedTitle: 'Quiet rooms' } });
    const untitled = invokeCard(
      await harness.send(cardAction(GRACE, 'checkSimilarIdeas', { description: 'x' })),
    );
    expect(textOf(untitled)).toContain('Enter a title first');
  });

  it('in the Send to IdeaBar dialog, the similar ideas come with the first submit; “Submit anyway” sends it', async () => {
    const harness = await withVpnIdeas();
    await harness.send(botAdded(ADA, 'channel'));
    await submitIdea(harness.ideabar, author, { title: 'Team VPN', description: 'x', boardId: TEAM.id });
    const data = { verb: 'submitIdea', title: 'VPN for the team', description: 'From a chat' };
    const first = await harness.send(messageAction(GRACE, 'submitAction', { data }));
    const task = (
      first.invoke?.body as { task: { type: string; value: { card: { content: AdaptiveCard } } } }
    ).task;
    expect(task.type).toBe('continue');
    const card = task.value.card.content;
    expectValidCard(card);
    expect(textOf(card)).toContain('Team VPN');
    const submit = actionsOf(card)[0] as SubmitAction;
    expect(submit).toMatchObject({
      title: 'Submit anyway',
      data: { verb: 'submitIdea', checkedTitle: 'VPN for the team' },
    });

    const sent = await harness.send(
      messageAction(GRACE, 'submitAction', { data: { ...submit.data, ...data } }),
    );
    expect((sent.invoke?.body as { task: { type: string } }).task.type).toBe('message');
    expect((await harness.ideabar.repos.ideas.listBoard(TENANT, TEAM.id)).map((i) => i.title).sort()).toEqual(
      ['Team VPN', 'VPN for the team'],
    );
  });
});

describe('the new-idea form at its limits', () => {
  it('stays a valid Adaptive Card within 28 KB: a full draft, every error, 30 long categories, 3 long ideas', async () => {
    const harness = new BotHarness();
    const longest = (unit: string, length: number) => unit.repeat(length).slice(0, length);
    const idea = await submitIdea(harness.ideabar, author, {
      title: longest('💡', 120),
      description: longest('🚀', 4_000),
    });
    for (const mode of ['card', 'dialog'] as const) {
      const card = newIdeaCard({
        mode,
        boardId: '19:team-general@thread.tacv2',
        draft: {
          title: longest('💡', 120),
          description: longest('🚀', 4_000),
          category: longest('🧭', 60),
          tags: longest('🏷,', 160),
        },
        categories: Array.from({ length: 30 }, (_, n) => `${n} ${longest('🧭', 57)}`),
        errors: ['title', 'description', 'category', 'tags', 'body'].map((field) => ({
          field,
          message: 'Fix this.',
        })),
        similar: { ideas: [idea, idea, idea, idea], links: TEST_SETTINGS },
        checkedTitle: longest('💡', 120),
      });
      expectValidCard(card);
      expect((textOf(card).match(/\[Open\]\(/g) ?? []).length).toBe(3);
    }
  });
});
