import type { DemoIdea } from '../demoIdea.js';

export const MARKETING: readonly DemoIdea[] = [
  {
    title: 'Campaign asset library in SharePoint',
    description:
      'Marketing assets are spread across personal OneDrives, so we keep recreating the same banners. A shared ' +
      'library with tags and previews would let regional teams find and reuse them.',
    area: 'Marketing',
    tags: ['sharepoint', 'assets', 'brand'],
    author: 'megan.bowen',
    daysAgo: 170,
    votes: 7,
    itPartner: 'nestor.wilke',
    classification: { sourcing: 'non_core', recommendation: 'buy', value: 3, effort: 2 },
    expected: { kind: 'hours_saved_per_month', amount: 30, note: 'Recreated and searched-for assets' },
    comments: [
      { by: 'zoe.hartmann', after: 0.4, text: 'I would curate it if the library keeps old versions.' },
    ],
    steps: [
      {
        after: 2,
        by: 'nestor.wilke',
        status: 'planned',
        response: 'Planned as a SharePoint library with the brand team as owners.',
      },
    ],
  },
  {
    title: 'Customer feedback summaries with AI',
    description:
      'We collect thousands of survey comments a quarter and read a sample. A monthly AI summary of themes per ' +
      'product, with example quotes, would let product teams act on all of it.',
    area: 'Marketing',
    tags: ['ai', 'feedback', 'product'],
    author: 'lidia.holloway',
    daysAgo: 2,
    votes: 5,
  },
  {
    title: 'Webinar sign-ups straight into the CRM',
    description:
      'Webinar registrations come as a CSV that we import by hand, a week later. Sending sign-ups straight to ' +
      'the CRM would let sales follow up while the webinar is still fresh.',
    area: 'Marketing',
    tags: ['crm', 'webinars', 'leads'],
    author: 'chloe.dubois',
    daysAgo: 95,
    votes: 4,
    itPartner: 'alex.wilber',
    classification: { sourcing: 'non_core', recommendation: 'buy', value: 3, effort: 2 },
    steps: [
      {
        after: 11,
        by: 'alex.wilber',
        status: 'under_review',
        response: 'Sorry this took a while. The webinar platform has a CRM connector; checking the licence.',
      },
      {
        after: 25,
        by: 'alex.wilber',
        status: 'planned',
        response: 'Planned with the CRM connector, together with the trade-show leads work.',
      },
    ],
  },
  {
    title: 'Brand templates in PowerPoint for everyone',
    description:
      'Every deck looks different because people copy slides from old presentations. Brand templates built ' +
      'into PowerPoint would make every deck look like Contoso without any effort.',
    area: 'Marketing',
    tags: ['brand', 'templates', 'office'],
    author: 'zoe.hartmann',
    daysAgo: 200,
    votes: 9,
    itPartner: 'nestor.wilke',
    classification: { sourcing: 'non_core', recommendation: 'buy', value: 3, effort: 1 },
    expected: { kind: 'hours_saved_per_month', amount: 20, note: 'Reformatting decks' },
    measured: {
      after: 40,
      kind: 'hours_saved_per_month',
      amount: 25,
      note: 'Reformatting requests to Marketing',
    },
    steps: [
      {
        after: 1,
        by: 'nestor.wilke',
        status: 'planned',
        response: 'Quick win: organisational templates in Office. Planned for next week.',
      },
      {
        after: 7,
        by: 'nestor.wilke',
        status: 'delivered',
        response: 'In PowerPoint under New › Contoso for everyone.',
      },
    ],
  },
  {
    title: 'Social media scheduling tool',
    description:
      'We post to LinkedIn and Facebook by hand, often late in the evening. A scheduling tool would let us ' +
      'plan a month of posts at once.',
    area: 'Marketing',
    tags: ['social-media', 'tools'],
    author: 'chloe.dubois',
    daysAgo: 110,
    votes: 2,
    steps: [
      {
        after: 3,
        by: 'alex.wilber',
        status: 'declined',
        response: 'Not a new tool — what we already license can schedule posts.',
        decline: {
          constraint: 'cost',
          rule: 'Software Purchasing Standard SP-4: a new SaaS tool needs a budget owner and must replace existing spend',
          pathToYes:
            'Social publishing in our marketing automation licence schedules LinkedIn and Facebook posts today. If it falls short after a quarter, bring the gaps and a budget owner and we will compare tools.',
        },
      },
    ],
  },
  {
    title: 'Event check-in with QR codes',
    description:
      'At our customer days we check people in on a printed list, and the queue reaches the car park. QR codes ' +
      'in the invitation and a phone to scan them would get everyone in within minutes.',
    area: 'Marketing',
    tags: ['events', 'qr'],
    author: 'owen.gallagher',
    daysAgo: 20,
    votes: 6,
    steps: [
      {
        after: 1,
        by: 'alex.wilber',
        status: 'under_review',
        response: 'In FY27 Q1 planning. The events module of our marketing platform can do check-in.',
      },
    ],
  },
];
