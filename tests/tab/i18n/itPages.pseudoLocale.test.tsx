// @vitest-environment jsdom
import '../support/jsdomSetup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PSEUDO_LOCALE, type IdeaView, type Inbox, type StatusChangeView } from '@ideabar/core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IdeaStore } from '../../../tab/src/shared/ideaStore';
import { InboxPage } from '../../../tab/src/triage/InboxPage';
import { InsightsPage } from '../../../tab/src/insights/InsightsPage';
import { OpenCycleDialog } from '../../../tab/src/roadmap/OpenCycleDialog';
import { SettingsPage } from '../../../tab/src/settings/SettingsPage';
import { TriagePanel } from '../../../tab/src/triage/TriagePanel';
import { TriageSummary } from '../../../tab/src/idea/TriageSummary';
import { aCycle, anIdea, aReport, FakeIdeaBar } from '../support/fakeIdeaBar';
import { answerTriage, IT_MEMBER } from '../support/fakeTriage';
import { textOutsideCatalog } from '../support/pseudoLocale';
import { renderWithApi } from '../support/renderWithApi';
import { aSettingsBoard, FakeSettings } from '../settings/fakeSettings';
import { aSavedResponse, answerSavedResponses } from '../support/savedResponses';

vi.mock('@microsoft/teams-js', () => ({ app: {}, authentication: {}, pages: {} }));

/**
 * IT's side of the tab in the pseudo-locale, each page rendered with data: any text that does not come from the
 * catalog (or from the data the test gave) is named. The whole document is read, so toasts, listboxes and other
 * portals count too.
 */
const inPseudoLocale = { locale: PSEUDO_LOCALE };
const outsideCatalog = (data: readonly string[]) => textOutsideCatalog(document.body, { data });

const SAVED = aSavedResponse('thanks', 'Thanks, looking at it', 'Thanks: IT is looking at this this week.');
const DECLINE = {
  constraint: 'security',
  rule: 'Policy SEC-12: no split tunnels',
  pathToYes: 'Use the ZTNA client, available to everyone today.',
} as const;

let server: FakeIdeaBar;
beforeEach(() => {
  server = new FakeIdeaBar().install();
  answerTriage(server);
  answerSavedResponses(server, 'default', [SAVED]);
  answerSavedResponses(server, 'field', []);
});

/** Every name and text of an idea that a page shows as it is. */
const ideaData = (...ideas: IdeaView[]): string[] =>
  ideas
    .flatMap((idea) => [
      idea.title,
      idea.description,
      idea.author.name,
      idea.itPartner?.name ?? '',
      idea.sponsor?.name ?? '',
    ])
    .filter(Boolean);

describe('in the pseudo-locale, IT’s pages take every text from the catalog', () => {
  it('the inbox, with waiting ideas in every SLA state, an answer open and one posted', async () => {
    const waiting = [
      anIdea('Printer queue that works', { boardId: 'field', awaitingApproval: true }),
      anIdea('Second monitor', { itPartner: { id: 'alex', name: 'Alex Wilber' } }),
      anIdea('Shared room calendar'),
    ];
    server.ideas = waiting;
    server.when('GET', /^\/api\/inbox$/, {
      status: 200,
      body: {
        slaBusinessDays: 3,
        items: waiting.map((idea, at) => ({
          idea,
          sla: (['overdue', 'due_soon', 'on_time'] as const)[at] ?? 'on_time',
          waitingBusinessDays: [7.5, 1, 0.4][at] ?? 0,
          dueAt: '2026-11-30T09:00:00.000Z',
        })),
      } satisfies Inbox,
    });
    server.when('POST', /^\/api\/ideas\/[^/]+\/answer$/, { status: 200, body: waiting[1] });
    renderWithApi(
      <InboxPage
        boardNames={new Map([['field', 'Field service']])}
        locale={PSEUDO_LOCALE}
        ideaHref={(idea) => `/?idea=${idea.id}`}
        onOpenIdea={vi.fn()}
      />,
      inPseudoLocale,
    );
    const data = [...ideaData(...waiting), 'Field service', SAVED.title, SAVED.text];
    const list = await screen.findByRole('list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    expect(outsideCatalog(data)).toEqual([]);

    // Answering the second: its form with the saved responses, a refusal of an empty answer, then the toast.
    const user = userEvent.setup();
    const second = within(list).getAllByRole('listitem')[1]!;
    await user.click(within(second).getAllByRole('button')[0]!);
    await within(second).findByRole('combobox');
    await user.click(second.querySelector('button[type="submit"]') as HTMLElement);
    await waitFor(() => expect(second.querySelector('[aria-invalid="true"]')).not.toBeNull());
    expect(outsideCatalog(data)).toEqual([]);
    await user.click(within(second).getByRole('combobox'));
    await user.click(await screen.findByRole('option', { name: new RegExp(SAVED.title) }));
    expect(outsideCatalog(data)).toEqual([]);
    await user.click(second.querySelector('button[type="submit"]') as HTMLElement);
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    expect(outsideCatalog(data)).toEqual([]);
  });

  it('the triage panel: approval, the status form with a decline’s decision, and every section open', async () => {
    const idea = anIdea('Self-service VPN access', {
      awaitingApproval: true,
      status: 'in_progress',
      cycleId: 'fy27',
      expectedBenefit: { kind: 'hours_saved_per_month', amount: 40, note: 'the help desk' },
    });
    const similar = anIdea('VPN profiles for everyone', { votes: 1 });
    server.ideas = [idea, similar];
    server.cycles = [aCycle('fy27', 'FY27 planning', 'submissions'), aCycle('fy26', 'FY26', 'closed')];
    renderWithApi(
      <TriagePanel idea={idea} onChanged={vi.fn()} onMerged={vi.fn()} onStale={vi.fn()} />,
      inPseudoLocale,
    );
    const data = [
      ...ideaData(idea, similar),
      'FY27 planning',
      'FY26',
      SAVED.title,
      SAVED.text,
      'the help desk',
    ];
    const user = userEvent.setup();
    await screen.findByRole('combobox');
    expect(outsideCatalog(data)).toEqual([]);

    // Nothing chosen yet: the form refuses on its own field.
    await user.click(document.querySelector('form button[type="submit"]') as HTMLElement);
    await waitFor(() => expect(document.querySelector('[aria-invalid="true"]')).not.toBeNull());
    expect(outsideCatalog(data)).toEqual([]);

    await user.click(document.querySelector('input[value="declined"]') as HTMLElement);
    expect(document.querySelector('[role="group"] h4')).not.toBeNull();
    expect(outsideCatalog(data)).toEqual([]);
    // The idea gone meanwhile: the problem is told from the catalog too.
    server.ideas = [similar];
    await user.type(screen.getAllByRole('textbox').at(-1)!, 'Not with split tunnels.');
    await user.click(document.querySelector('form button[type="submit"]') as HTMLElement);
    await waitFor(() => expect(document.querySelector('form .fui-MessageBar')).not.toBeNull());
    data.push('Not with split tunnels.');
    expect(outsideCatalog(data)).toEqual([]);
    server.ideas = [idea, similar];

    // Each section in turn (the IT partner's belongs to the people picker, translated apart).
    const headers = () =>
      screen.getAllByRole('heading', { level: 4 }).filter((h) => h.querySelector('button'));
    for (const at of [0, 2, 3, 4]) {
      await user.click(within(headers()[at]!).getByRole('button'));
      await waitFor(() => expect(document.querySelector('.fui-AccordionPanel form')).not.toBeNull());
      const panel = document.querySelector('.fui-AccordionPanel') as HTMLElement;
      if (at === 0) {
        await user.click(within(panel).getByRole('combobox'));
        await screen.findByRole('option', { name: new RegExp(similar.title) });
      }
      if (at === 2) await user.click(within(panel).getAllByRole('radio')[0]!);
      expect(outsideCatalog(data), `section ${at}`).toEqual([]);
      if (at === 0) await user.keyboard('{Escape}');
    }
  });

  it('where an idea stands: a decline with its appeal, the classification, benefits and cycle', async () => {
    const idea = anIdea('Self-service VPN access', {
      status: 'declined',
      decline: { ...DECLINE },
      appeal: {
        by: { id: 'alan', name: 'Alan Turing' },
        reason: 'Others need it.',
        at: '2026-11-21T09:00:00.000Z',
        answeredAt: '2026-11-22T09:00:00.000Z',
      },
      classification: { sourcing: 'non_core', recommendation: 'buy', value: 4, effort: 2, priority: 16 },
      expectedBenefit: { kind: 'cost_saved', amount: 12000, note: null },
      measuredBenefit: { kind: 'uptime_percent', amount: 99.9, note: 'measured in December' },
      itPartner: { id: 'nestor', name: 'Nestor Wilke' },
      sponsor: { id: 'dana', name: 'Dana Scully' },
      cycleId: 'fy27',
    });
    server.cycles = [aCycle('fy27', 'FY27 planning', 'voting')];
    const history: StatusChangeView[] = [
      {
        id: 'h1',
        from: 'new',
        to: 'declined',
        by: { id: IT_MEMBER.userId, name: IT_MEMBER.name },
        at: idea.createdAt,
        response: 'Not with split tunnels.',
        kind: 'triage',
        decline: { ...DECLINE },
      },
    ];
    renderWithApi(
      <TriageSummary idea={idea} history={history} store={new IdeaStore()} locale={PSEUDO_LOCALE} isAuthor />,
      inPseudoLocale,
    );
    await screen.findByText((text) => text.includes('FY27 planning'));
    const data = [
      ...ideaData(idea),
      DECLINE.rule,
      DECLINE.pathToYes,
      'Others need it.',
      'measured in December',
      'Not with split tunnels.',
      IT_MEMBER.name,
    ];
    expect(outsideCatalog(data)).toEqual([]);
  });

  it('where an idea stands: waiting for approval, and merged into another', async () => {
    const target = anIdea('VPN profiles for everyone');
    const idea = anIdea('Self-service VPN access', {
      status: 'duplicate',
      duplicateOf: target.id,
      awaitingApproval: true,
    });
    server.ideas = [idea, target];
    renderWithApi(
      <TriageSummary
        idea={idea}
        history={[]}
        store={new IdeaStore()}
        locale={PSEUDO_LOCALE}
        isAuthor={false}
      />,
      inPseudoLocale,
    );
    await screen.findByRole('link', { name: target.title });
    expect(outsideCatalog(ideaData(idea, target))).toEqual([]);
  });

  it('the settings page: every board section with data, the tenant’s sections, a refusal and the details', async () => {
    const settings = new FakeSettings().install();
    const board = aSettingsBoard('default', 'Ideas for IT', {
      description: 'Where IT hears what would help.',
      categories: [
        { id: 'devices', name: 'Devices', retired: false },
        { id: 'printing', name: 'Printing', retired: true },
      ],
      suggestedTags: ['laptops', 'vpn'],
      moderation: true,
      announcementChannel: 'gone-channel',
      digestSchedule: '30 8 * * 2',
    });
    settings.settings.boards = [board, aSettingsBoard('field', 'Field service')];
    settings.channels.set('default', [
      { key: 'general', name: 'General', kind: 'board' },
      { key: 'ideas', name: 'Ideas', kind: 'channel' },
    ]);
    settings.savedResponses.set('default', [SAVED]);
    settings.audit = [
      {
        id: 'a1',
        at: '2026-11-23T10:00:00.000Z',
        by: { id: 'adele', name: 'Adele Vance' },
        subject: 'settings',
        summary: 'Changed the response SLA',
        before: null,
        after: 3,
      },
    ];
    const waiting = settings.awaiting('Printer queue that works');
    waiting.category = 'Devices';
    renderWithApi(<SettingsPage boardId="default" />, inPseudoLocale);
    await screen.findByText((text) => text.includes(waiting.title));
    await screen.findByText('Changed the response SLA');
    const data = [
      'Ideas for IT',
      'Field service',
      'Where IT hears what would help.',
      'Devices',
      'Printing',
      'laptops',
      'vpn',
      'General',
      'Ideas',
      'Adele Vance',
      'Changed the response SLA',
      waiting.title,
      SAVED.title,
      SAVED.text,
      'USD',
      '30 8 * * 2',
      'Europe/London',
    ];
    // The IT members belong to the people picker, translated apart.
    const members = screen.getByText('Nestor Wilke').closest('section');
    members?.setAttribute('data-people-picker', '');
    const check = () =>
      textOutsideCatalog(document.body, { data, skip: '[data-people-picker], [data-people-picker] *' });
    expect(check()).toEqual([]);

    const user = userEvent.setup();
    // A category being renamed, a reminder refused before asking, and an audit entry's details.
    await user.click(screen.getAllByRole('button', { name: /Devices/ })[0]!);
    await user.type(screen.getByDisplayValue('USD'), 'X');
    const reminders = screen
      .getAllByRole('textbox')
      .find((box) => box.getAttribute('inputmode') === 'numeric');
    await user.type(reminders!, '99{Enter}');
    await user.click(screen.getByRole('button', { name: /Changed the response SLA/ }));
    await user.click(screen.getByRole('button', { name: new RegExp(waiting.title) }));
    await waitFor(() => expect(screen.queryByText(waiting.title)).toBeNull());
    expect(check()).toEqual([]);
  });

  it('opening a planning cycle: the dialog, its refusal on its own fields, and the button across every board', async () => {
    const cycles = [aCycle('fy26', 'FY26 planning', 'closed')];
    const { unmount } = renderWithApi(
      <OpenCycleDialog board={undefined} cycles={cycles} locale={PSEUDO_LOCALE} onOpened={vi.fn()} />,
      inPseudoLocale,
    );
    expect(outsideCatalog([])).toEqual([]);
    unmount();
    renderWithApi(
      <OpenCycleDialog
        board={{ id: 'default', name: 'Ideas for IT' }}
        cycles={cycles}
        locale={PSEUDO_LOCALE}
        onOpened={vi.fn()}
      />,
      inPseudoLocale,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button'));
    const dialog = await screen.findByRole('dialog', { hidden: true });
    const reminders = dialog.querySelector('input[inputmode="numeric"]') as HTMLElement;
    await user.clear(reminders);
    await user.type(reminders, 'soon');
    await user.click(dialog.querySelector('button[type="submit"]') as HTMLElement);
    await waitFor(() => expect(dialog.querySelector('[aria-invalid="true"]')).not.toBeNull());
    expect(
      outsideCatalog(['Ideas for IT', 'FY26 planning', Intl.DateTimeFormat().resolvedOptions().timeZone]),
    ).toEqual([]);
  });

  it('insights: the headline figures, every chart with its legend and axes, and each chart as a table', async () => {
    const report = aReport();
    server.when('GET', /^\/api\/insights$/, { status: 200, body: report });
    server.cycles = [aCycle('fy27', 'FY27 planning', 'voting')];
    renderWithApi(<InsightsPage canExport locale={PSEUDO_LOCALE} theme="default" />, inPseudoLocale);
    await screen.findAllByText('Finance');
    // Month names and money come from Intl in the person's own format, not from the catalog.
    const months = ['Sep', 'Oct', 'Nov'];
    const data = ['Finance', 'EUR', '€', 'FY27 planning', ...months];
    expect(outsideCatalog(data)).toEqual([]);
    const user = userEvent.setup();
    for (const toggle of screen.getAllByRole('button', { pressed: false })) await user.click(toggle);
    expect(screen.getAllByRole('table').length).toBeGreaterThan(5);
    expect(outsideCatalog(data)).toEqual([]);
  });
});
