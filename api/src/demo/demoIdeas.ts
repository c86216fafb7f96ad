/** The demo board's ideas: the kind of things employees bring to IT, written as they would write them. */
export interface DemoIdea {
  title: string;
  description: string;
  category: string;
  tags: string[];
  author: string;
  daysAgo: number;
  voters: number;
  comments?: { by: string; text: string }[];
}

export const DEMO_IDEAS: readonly DemoIdea[] = [
  {
    title: 'Self-service VPN access for contractors',
    description:
      'Every new contractor waits three to five days for VPN access because the request goes through three inboxes. ' +
      'A form in Teams that the sponsoring manager approves would get them productive on day one.',
    category: 'Remote work',
    tags: ['vpn', 'onboarding', 'contractors'],
    author: 'diego.siciliani',
    daysAgo: 41,
    voters: 11,
    comments: [
      {
        by: 'nestor.wilke',
        text: 'We can do this with access packages in Entra ID. Looking at licensing now.',
      },
      { by: 'lidia.holloway', text: 'Yes please — our last two contractors lost most of their first week.' },
    ],
  },
  {
    title: 'Book meeting rooms from the Teams calendar on phones',
    description:
      'On the shop floor we only have phones. Room booking works on laptops but the room list does not show up in ' +
      'the Teams mobile calendar, so people walk around looking for a free room.',
    category: 'Facilities',
    tags: ['rooms', 'mobile'],
    author: 'johanna.lorenz',
    daysAgo: 12,
    voters: 8,
  },
  {
    title: 'Power BI dashboard for store footfall',
    description:
      'Store leads get footfall numbers as a weekly PDF. A live dashboard per store, with last year for comparison, ' +
      'would let us plan staff rotas around the real peaks.',
    category: 'Data & analytics',
    tags: ['power-bi', 'retail', 'dashboards'],
    author: 'adele.vance',
    daysAgo: 26,
    voters: 9,
    comments: [{ by: 'lee.gu', text: 'Finance would use this too for the store P&L reviews.' }],
  },
  {
    title: 'Password manager for every employee',
    description:
      'Half of my team keeps passwords in a spreadsheet. A company password manager with shared vaults for team ' +
      'accounts would be safer than anything we can do by policy alone.',
    category: 'Security',
    tags: ['passwords', 'security'],
    author: 'lynne.robbins',
    daysAgo: 55,
    voters: 10,
  },
  {
    title: 'Automate expense receipts with a photo',
    description:
      'Scanning receipts, renaming the files and attaching them to the expense form takes me an hour a month. Taking a ' +
      'photo in the app and having the amount, date and vendor read automatically would remove most of it.',
    category: 'Automation',
    tags: ['expenses', 'ai'],
    author: 'pradeep.gupta',
    daysAgo: 8,
    voters: 7,
  },
  {
    title: 'Translate customer chats live',
    description:
      'We get more and more chats in Spanish and Portuguese. Live translation inside the support console would ' +
      'let any agent answer instead of waiting for the two colleagues who speak them.',
    category: 'Customer service',
    tags: ['translation', 'support'],
    author: 'lynne.robbins',
    daysAgo: 3,
    voters: 6,
    comments: [{ by: 'isaiah.langer', text: 'Sales would love the same in Teams chats with distributors.' }],
  },
  {
    title: 'A shared channel with our top distributors',
    description:
      'We email spreadsheets back and forth with our three biggest distributors every day. A Teams shared channel ' +
      'would keep orders, questions and files in one place both sides can see.',
    category: 'Collaboration',
    tags: ['teams', 'partners'],
    author: 'isaiah.langer',
    daysAgo: 19,
    voters: 5,
  },
  {
    title: 'Laptop refresh every three years instead of five',
    description:
      'Our engineering laptops are five years old and compiling the plant models takes 40 minutes. A three-year ' +
      'cycle for engineering roles would pay for itself in waiting time.',
    category: 'Devices',
    tags: ['laptops', 'engineering'],
    author: 'johanna.lorenz',
    daysAgo: 33,
    voters: 8,
  },
  {
    title: 'One place to see all approvals waiting for me',
    description:
      'Purchase orders, leave requests, contract reviews and access requests each live in a different system. ' +
      'A single approvals list in Teams would stop things waiting because I never saw them.',
    category: 'Automation',
    tags: ['approvals', 'teams'],
    author: 'lee.gu',
    daysAgo: 14,
    voters: 10,
    comments: [
      { by: 'patti.fernandez', text: 'This is a big one for the leadership team.' },
      {
        by: 'alex.wilber',
        text: 'The Approvals app in Teams can connect most of these. Let us map the systems.',
      },
    ],
  },
  {
    title: 'Kiosk tablets for frontline shift swaps',
    description:
      'Frontline staff swap shifts on paper in the break room. A shared tablet with the Shifts app would make swaps ' +
      'visible to managers right away.',
    category: 'Frontline',
    tags: ['shifts', 'frontline', 'tablets'],
    author: 'adele.vance',
    daysAgo: 6,
    voters: 4,
  },
  {
    title: 'Single sign-on for the learning portal',
    description:
      'The learning portal has its own password, so most people never log in and miss mandatory training. ' +
      'Signing in with our work account would raise completion without any reminder emails.',
    category: 'Security',
    tags: ['sso', 'learning'],
    author: 'diego.siciliani',
    daysAgo: 47,
    voters: 6,
  },
  {
    title: 'Customer feedback summaries with AI',
    description:
      'We collect thousands of survey comments a quarter and read a sample. A monthly AI summary of themes per ' +
      'product, with example quotes, would let product teams act on all of it.',
    category: 'Data & analytics',
    tags: ['ai', 'feedback', 'product'],
    author: 'lidia.holloway',
    daysAgo: 2,
    voters: 5,
  },
  {
    title: 'Digital signatures for supplier contracts',
    description:
      'Supplier contracts are still printed, signed, scanned and emailed. Digital signatures would cut the cycle ' +
      'from a week to a day.',
    category: 'Automation',
    tags: ['contracts', 'signatures'],
    author: 'lee.gu',
    daysAgo: 60,
    voters: 7,
  },
  {
    title: 'Guest Wi-Fi that works without calling reception',
    description:
      'Visitors have to ask reception for a code, which changes daily. A self-service portal with email verification ' +
      'would save reception a dozen calls a day.',
    category: 'Facilities',
    tags: ['wifi', 'visitors'],
    author: 'megan.bowen',
    daysAgo: 22,
    voters: 3,
  },
  {
    title: 'Campaign asset library in SharePoint',
    description:
      'Marketing assets are spread across personal OneDrives, so we keep recreating the same banners. A shared library ' +
      'with tags and previews would let regional teams find and reuse them.',
    category: 'Collaboration',
    tags: ['sharepoint', 'marketing'],
    author: 'megan.bowen',
    daysAgo: 17,
    voters: 4,
  },
  {
    title: 'Predictive maintenance alerts for line 3',
    description:
      'Line 3 sensors already stream vibration data that nobody looks at. Alerts when a motor drifts from its normal ' +
      'pattern would let us plan repairs before a breakdown stops the line.',
    category: 'Operations',
    tags: ['iot', 'maintenance'],
    author: 'johanna.lorenz',
    daysAgo: 9,
    voters: 6,
  },
  {
    title: 'Mobile CRM that works offline',
    description:
      'Visiting farms and rural stores I often have no signal, so I take notes on paper and type them in at night. ' +
      'An offline mode for the CRM app would save that double work.',
    category: 'Sales',
    tags: ['crm', 'mobile', 'offline'],
    author: 'isaiah.langer',
    daysAgo: 28,
    voters: 5,
  },
  {
    title: 'Onboarding checklist bot for new hires',
    description:
      'New hires get a 12-page PDF. A bot in Teams that walks them through the first two weeks — accounts, training, ' +
      'who to meet — would make the first days far less confusing.',
    category: 'People',
    tags: ['onboarding', 'bot'],
    author: 'diego.siciliani',
    daysAgo: 1,
    voters: 3,
  },
];
