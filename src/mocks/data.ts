/** The only bearer the mock API accepts; anything else gets the API's 401/498. */
export const DEMO_TOKEN = 'demo-token';
export const DEMO_TENANT = 'surya';

/** Files in `public/logos/`. `retired-brand.svg` is deliberately not among them. */
export const DEMO_LOGO_FILES = [
  'bell',
  'billing',
  'bolt',
  'box',
  'calendar',
  'flag',
  'key',
  'marketing',
  'newsletter',
  'renewals',
  'sales',
  'shield',
  'star',
  'support',
  'survey',
  'ticket',
] as const;

type LogoFile = (typeof DEMO_LOGO_FILES)[number] | 'retired-brand';
type RawPurpose = Record<string, unknown>;

/** id, name, createdDate, logo, description: the shape of the vendor's response example. */
const exampleRows: [number, string, string, LogoFile, string][] = [
  // The vendor page's own three (there, too, Sales and Presales share a logo).
  [582, 'Marketing', '2023-01-05 08:51:06', 'marketing', 'Marketing P and L'],
  [581, 'Sales', '2022-11-22 07:14:56', 'sales', 'Sales P and L'],
  [579, 'Presales', '2022-11-20 07:15:21', 'sales', 'Presales P and L'],
  [600, 'Product Updates', '2026-09-14 11:05:37', 'bell', 'Release notes and feature news'],
  [597, 'Loyalty Rewards', '2026-05-02 16:48:10', 'star', 'Points balance and reward offers'],
  [594, 'Shipping Updates', '2025-11-18 13:22:09', 'box', 'Dispatch and delivery tracking'],
  [590, 'Appointment Reminders', '2025-07-07 08:00:00', 'calendar', 'Sent a day before a booking'],
  [587, 'Fraud Alerts', '2025-03-21 22:41:55', 'shield', 'Suspicious card activity'],
  [584, 'Password Reset', '2024-10-30 05:12:48', 'key', 'One-time links to reset a password'],
  [573, 'Surveys', '2023-06-08 10:15:27', 'survey', 'Post-purchase satisfaction surveys'],
  [570, 'Event Invitations', '2023-03-01 12:00:00', 'ticket', 'Launches, meetups and webinars'],
  [566, 'Renewals', '2022-08-15 07:45:19', 'renewals', 'Subscription renewal reminders'],
  [561, 'Service Outages', '2022-05-27 03:18:44', 'bolt', 'Planned maintenance and outages'],
  [555, 'Onboarding', '2021-11-03 14:26:31', 'flag', 'Welcome series for new customers'],
  // Case and a trailing space make these two one purpose to a reader, two to the API.
  [578, 'Newsletter', '2021-04-12 09:30:00', 'newsletter', 'Monthly customer newsletter'],
  [576, 'newsletter ', '2024-02-19 15:04:11', 'newsletter', 'Monthly newsletter (copy)'],
  // The brand was retired and its logo deleted, but the purpose still points at it: a 404.
  [546, 'Holiday Promotions', '2021-12-01 08:20:14', 'retired-brand', 'Seasonal offers'],
];

/** id, name, group, createdOn, logo, description: the shape of the vendor's field table. */
const fieldTableRows: [number, string, string, string, LogoFile, string][] = [
  [599, 'Customer Support', 'Customer care', '2026-02-10 09:14:05', 'support', 'Ticket updates'],
  [595, 'Billing Notices', 'Operations', '2025-12-01 06:00:00', 'billing', 'Invoices and receipts'],
  [591, 'Collections', 'Operations', '2025-08-19 10:32:58', 'billing', 'Overdue balance reminders'],
  [588, 'Order Confirmations', 'Operations', '2025-04-04 18:21:40', 'box', 'Order received'],
  [583, 'Referral Program', 'Marketing', '2024-08-27 13:09:51', 'star', 'Invite-a-friend credits'],
  [575, 'Account Security', 'Customer care', '2023-11-14 21:03:16', 'shield', 'New sign-ins'],
  [567, 'Feedback Follow-ups', 'Customer care', '2022-10-06 15:37:22', 'survey', 'Survey replies'],
  [562, 'Price Change Notices', 'Operations', '2022-06-30 12:44:09', 'bell', 'Tariff changes'],
  [557, 'Brand Awareness', 'Marketing', '2021-09-16 10:05:00', 'marketing', 'Top-of-funnel'],
];

/**
 * The demo tenant's purposes as the API would send them, not normalised: both of the vendor's
 * shapes plus the mistakes real tenants accumulate, so every tenant check has something to
 * find. Newest id first, like the vendor's example.
 */
export function createDemoPurposes(logoBase: string): RawPurpose[] {
  const logo = (file: LogoFile) => `${logoBase}/logos/${file}.svg`;
  const purposes: RawPurpose[] = [
    ...exampleRows.map(([id, name, createdDate, file, description]) => ({
      id,
      name,
      tenantName: DEMO_TENANT,
      createdDate,
      description,
      imageUrl: logo(file),
    })),
    ...fieldTableRows.map(([id, name, group, createdOn, file, description]) => ({
      id,
      name,
      tenantName: DEMO_TENANT,
      group,
      createdOn,
      description,
      imageUrl: logo(file),
    })),
    // Nobody wrote a description.
    {
      id: 552,
      name: 'Win-back Offers',
      tenantName: DEMO_TENANT,
      createdDate: '2024-06-11 17:33:02',
      imageUrl: logo('star'),
    },
    // No logo was ever uploaded: the field is absent, not empty.
    {
      id: 549,
      name: 'Webinar Series',
      tenantName: DEMO_TENANT,
      createdDate: '2022-01-25 11:02:47',
      description: 'Monthly product webinars',
    },
    {
      id: 540,
      name: 'Partner Programme',
      tenantName: DEMO_TENANT,
      createdDate: '2023-09-12 09:47:36',
      description: 'Co-marketing with resellers',
      // From an https page an http:// logo is mixed content; from an http page it proves nothing.
      imageUrl: logoBase.startsWith('https://')
        ? `${logoBase.replace(/^https:/, 'http:')}/logos/sales.svg`
        : logo('sales'),
    },
    {
      id: 543,
      name: 'Two-Factor Codes',
      tenantName: DEMO_TENANT,
      createdDate: '2025-01-09 06:55:23',
      description: 'Sign-in verification codes',
      imageUrl: logo('key'),
      // A field this app does not know: it must be shown, neither dropped nor fatal.
      channel: 'sms',
    },
  ];
  return purposes.sort((a, b) => Number(b.id) - Number(a.id));
}

const LARGE_TOPICS = [
  'Billing',
  'Marketing',
  'Support',
  'Shipping',
  'Security',
  'Surveys',
  'Events',
];
const LARGE_GROUPS = ['Marketing', 'Operations', 'Customer care'];
const FIRST_DAY_MS = Date.UTC(2021, 0, 1);
const SPAN_SECONDS = 5.75 * 365 * 24 * 3600; // to late 2026, so no date lies in the future

/** `yyyy-MM-dd HH:mm:ss` in UTC, as the API writes dates. */
function apiDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * A deterministic tenant of `count` purposes (ids 1..count) for scale tests: same input, same
 * output, so a failing run can be replayed. Every third entry uses the field-table shape.
 */
export function createLargeTenant(count: number, logoBase: string): RawPurpose[] {
  return Array.from({ length: count }, (_, index) => {
    const id = index + 1;
    const topic = LARGE_TOPICS[id % LARGE_TOPICS.length] ?? 'General';
    // Multiplying by a large prime scatters the dates instead of sorting them by id.
    const created = apiDate(FIRST_DAY_MS + ((id * 7_919_993) % SPAN_SECONDS) * 1000);
    const common = {
      id,
      name: `Purpose ${String(id).padStart(5, '0')} — ${topic}`,
      tenantName: DEMO_TENANT,
      description: `${topic} messages, series ${(id % 40) + 1}`,
      imageUrl: `${logoBase}/logos/${DEMO_LOGO_FILES[id % DEMO_LOGO_FILES.length] ?? 'bell'}.svg`,
    };
    return id % 3 === 0
      ? { ...common, group: LARGE_GROUPS[id % LARGE_GROUPS.length], createdOn: created }
      : { ...common, createdDate: created };
  });
}
