/**
 * Word lists and verbatims for the sample data. Tone and situations follow the customer-success guides in
 * /work/shared/seeds: onboarding kickoffs, adoption reviews, QBRs that tie usage to outcomes, executive sponsors,
 * champions who leave, and churn that was visible months ahead.
 */

export const COMPANY_PREFIXES = [
    'Acorn',
    'Alder',
    'Amberline',
    'Apex',
    'Arbor',
    'Ashford',
    'Aspen',
    'Atlas',
    'Aurora',
    'Basalt',
    'Beacon',
    'Birchwood',
    'Blue Harbor',
    'Bluefin',
    'Boreal',
    'Brightwater',
    'Cascade',
    'Cedar',
    'Cobalt',
    'Copperleaf',
    'Crescent',
    'Cypress',
    'Driftwood',
    'Ember',
    'Evergreen',
    'Fairview',
    'Falcon',
    'Fernhill',
    'Flint',
    'Granite',
    'Greystone',
    'Harborview',
    'Hawthorn',
    'Heron',
    'Highland',
    'Horizon',
    'Ironwood',
    'Juniper',
    'Keystone',
    'Lakeside',
    'Larch',
    'Lighthouse',
    'Linden',
    'Maple',
    'Marble',
    'Meridian',
    'Millbrook',
    'Northwind',
    'Oakridge',
    'Orchid',
    'Pinecrest',
    'Quarry',
    'Redwood',
    'Ridgeline',
    'Riverbend',
    'Sable',
    'Sagebrush',
    'Silverline',
    'Summit',
    'Tamarack',
    'Tidewater',
    'Timberline',
    'Vantage',
    'Willow'
] as const;

/** Standard Account.Industry values, each with company-name suffixes that fit it. */
export const INDUSTRIES: readonly (readonly [string, readonly string[]])[] = [
    ['Technology', ['Analytics', 'Software', 'Systems', 'Labs', 'Cloud', 'Data']],
    ['Healthcare', ['Health', 'Medical Group', 'Clinics', 'Care']],
    ['Finance', ['Capital', 'Financial', 'Wealth Partners']],
    ['Manufacturing', ['Manufacturing', 'Industries', 'Components']],
    ['Retail', ['Outfitters', 'Retail Group', 'Goods']],
    ['Transportation', ['Logistics', 'Freight', 'Transit']],
    ['Education', ['Learning', 'Academy', 'Schools']],
    ['Energy', ['Energy', 'Power', 'Renewables']],
    ['Insurance', ['Insurance', 'Assurance', 'Mutual']],
    ['Hospitality', ['Hotels', 'Hospitality', 'Resorts']],
    ['Media', ['Media', 'Studios', 'Publishing']],
    ['Construction', ['Builders', 'Construction', 'Contractors']],
    ['Consulting', ['Consulting', 'Advisors', 'Partners']],
    ['Telecommunications', ['Networks', 'Telecom', 'Communications']]
];

export const CITIES: readonly (readonly [string, string, string])[] = [
    ['Austin', 'TX', 'United States'],
    ['Denver', 'CO', 'United States'],
    ['Chicago', 'IL', 'United States'],
    ['Boston', 'MA', 'United States'],
    ['Seattle', 'WA', 'United States'],
    ['Atlanta', 'GA', 'United States'],
    ['Raleigh', 'NC', 'United States'],
    ['Minneapolis', 'MN', 'United States'],
    ['San Diego', 'CA', 'United States'],
    ['Columbus', 'OH', 'United States'],
    ['Toronto', 'ON', 'Canada'],
    ['Vancouver', 'BC', 'Canada'],
    ['Manchester', '', 'United Kingdom'],
    ['Dublin', '', 'Ireland'],
    ['Amsterdam', '', 'Netherlands'],
    ['Sydney', 'NSW', 'Australia']
];

export const FIRST_NAMES = [
    'Aisha',
    'Alex',
    'Amara',
    'Andre',
    'Ben',
    'Camila',
    'Carlos',
    'Chen',
    'Chloe',
    'Daniel',
    'Deepa',
    'Elena',
    'Emeka',
    'Ethan',
    'Fatima',
    'Grace',
    'Hannah',
    'Hiro',
    'Ingrid',
    'Isaac',
    'Jamal',
    'Jasmine',
    'Jonas',
    'Julia',
    'Kai',
    'Kavya',
    'Leah',
    'Liam',
    'Lucia',
    'Malik',
    'Marco',
    'Mei',
    'Mia',
    'Nadia',
    'Noah',
    'Olga',
    'Omar',
    'Priya',
    'Rafael',
    'Rosa',
    'Sam',
    'Sara',
    'Sean',
    'Sofia',
    'Tariq',
    'Tom',
    'Valentina',
    'Victor',
    'Yara',
    'Zoe'
] as const;

export const LAST_NAMES = [
    'Abbott',
    'Adeyemi',
    'Alvarez',
    'Bauer',
    'Bergstrom',
    'Brennan',
    'Castillo',
    'Chandra',
    'Costa',
    'Dubois',
    'Eriksen',
    'Fischer',
    'Fitzgerald',
    'Garcia',
    'Haddad',
    'Hansen',
    'Ibrahim',
    'Ivanova',
    'Jensen',
    'Kapoor',
    'Kim',
    'Kowalski',
    'Larsen',
    'Lindqvist',
    'Mbeki',
    'McCarthy',
    'Moreau',
    'Nakamura',
    'Novak',
    "O'Neill",
    'Okafor',
    'Park',
    'Patel',
    'Petrov',
    'Quinn',
    'Rahman',
    'Reyes',
    'Rossi',
    'Sato',
    'Schmidt',
    'Silva',
    'Singh',
    'Sullivan',
    'Tanaka',
    'Torres',
    'Varga',
    'Walsh',
    'Weber',
    'Yilmaz',
    'Zhang'
] as const;

export const TITLES: Record<string, readonly string[]> = {
    'Executive Sponsor': [
        'Chief Operating Officer',
        'VP Operations',
        'Chief Revenue Officer',
        'CIO',
        'VP Customer Experience'
    ],
    Champion: ['Director of Operations', 'Revenue Operations Manager', 'Program Manager', 'Head of Analytics'],
    'Decision Maker': ['VP Finance', 'Head of Procurement', 'Director of IT', 'General Manager'],
    Admin: ['Systems Administrator', 'Business Systems Analyst', 'IT Manager'],
    'End User': ['Operations Analyst', 'Account Coordinator', 'Team Lead', 'Specialist', 'Data Analyst']
};

export const SMB_SPONSOR_TITLES = ['Founder & CEO', 'Owner', 'Managing Director', 'President'] as const;

export const TASK_SUBJECTS = {
    call: [
        'Check-in call',
        'Adoption review call',
        'Call: usage trends and next steps',
        'Call: follow-up on open Case',
        'Renewal planning call',
        'Call: roadmap preview',
        'Call: admin questions on permissions'
    ],
    email: [
        'Email: monthly usage report',
        'Email: onboarding resources and training links',
        'Email: follow-up on support escalation',
        'Email: invitation to customer webinar',
        'Email: release notes and new features',
        'Email: best-practice guide for team leads'
    ],
    meeting: [
        'Working session: workflow design',
        'Training session for new users',
        'Admin office hours',
        'Executive check-in',
        'Adoption workshop',
        'Value review with the project team'
    ]
} as const;

export const FOLLOW_UP_SUBJECTS = [
    'Follow up: send the QBR deck and action items',
    'Follow up: schedule training for the second team',
    'Follow up: confirm renewal decision process',
    'Follow up: share the adoption benchmark',
    'Follow up: introduce the new product specialist'
] as const;

export const CASE_SUBJECTS = [
    'Single sign-on login fails for some users',
    'Report export times out',
    'Data sync from the ERP is delayed',
    'Dashboard shows stale numbers',
    'Cannot add new users: seat limit message',
    'API rate limit errors in the nightly job',
    'Mobile app crashes on launch',
    'Permission error on shared workspace',
    'Bulk import rejected rows without a reason',
    'Email notifications not delivered',
    'Question: how to configure approval rules',
    'Integration with the data warehouse failing',
    'Slow page loads for the European team',
    'Billing question about the renewal invoice'
] as const;

export const NPS_COMMENTS = {
    promoter: [
        'The team relies on it every day. Support is quick and the roadmap sessions are genuinely useful.',
        'It replaced three spreadsheets and a weekly status meeting. Our CSM knows our business.',
        'Easy to roll out to new teams, and the results are visible to our leadership.',
        'Best vendor relationship we have. Happy to be a reference.'
    ],
    passive: [
        'Does what we need. Reporting could be more flexible.',
        'Good product, but onboarding the second team took longer than expected.',
        'Solid overall; a few features we need are still on the roadmap.',
        'We like it, but price is a topic for the next renewal.'
    ],
    detractor: [
        'Too many open issues and it is hard to get escalations resolved.',
        'Adoption has stalled; most of the team went back to the old process.',
        'We do not see the value we were promised in the sales cycle.',
        'Performance problems every month-end. We are evaluating alternatives.',
        'Our new leadership is not convinced this is the right tool.'
    ]
} as const;

export const CSAT_COMMENTS = {
    good: ['Fast answer, problem solved.', 'Clear explanation and a quick fix.', 'Very helpful training session.'],
    neutral: ['Resolved, but it took a few days.', 'Fine, though I had to explain the issue twice.'],
    bad: [
        'Still waiting on a real fix.',
        'The workaround is not acceptable for us.',
        'Slow response on a critical issue.'
    ]
} as const;

export const DESIRED_OUTCOMES = {
    onboarding: [
        'Every regional team runs its weekly pipeline review in the product by the end of the quarter.',
        'Replace the spreadsheet-based reporting so leadership gets one version of the numbers.',
        'Cut the time to prepare the monthly operations report from three days to half a day.'
    ],
    adoption: [
        'Make the product the system of record for customer operations across two more teams.',
        'Daily use by team leads, with dashboards replacing the Monday status meeting.',
        'Use the automation features to remove manual hand-offs between sales and delivery.'
    ],
    renewal: [
        'Show the value delivered this year and agree next year\u2019s goals before the renewal date.',
        'Renew on time with the operations leadership behind the decision.'
    ]
} as const;

export const REVIEW_TEXT = {
    initiatives: [
        'Expanding into two new regions; consolidating tools after an acquisition.',
        'Cost-reduction program across operations; automation is a board priority.',
        'New customer portal launch in Q1; support team doubling.'
    ],
    value: [
        'Reporting time down 60%; two legacy tools retired.',
        'Active users up 25% since the last review; approvals now same-day.',
        'Month-end close shortened by two days.'
    ],
    goals: [
        'Seat activation, feature breadth and the second-team rollout reviewed.',
        'Objectives reviewed: stickiness on track, integration milestone late.',
        'Onboarding objectives reviewed with the sponsor.'
    ],
    roadmap: [
        'Preview of the workflow builder and the new analytics module.',
        'Roadmap: mobile offline mode, data warehouse connector.'
    ],
    selling: [
        'Second business unit interested; seat headroom is nearly used.',
        'Advanced analytics edition would remove gated-feature friction.',
        'No expansion until adoption recovers.'
    ],
    outcomes: [
        'Agreed a training plan for low-activity users and a date for the second team.',
        'Sponsor confirmed the renewal intent; action items sent.',
        'Customer asked for weekly status on the open escalation.'
    ],
    newGoals: [
        'Reach 85% seat activation; roll out to finance by next quarter.',
        'Stickiness above 30%; retire the legacy reporting tool.'
    ],
    feedback: [
        'Happy with support responsiveness; wants better export options.',
        'Concerned about performance at month-end.',
        'Would like a named technical contact.'
    ]
} as const;

/** Internal comment and the customer's own words, per churn reason. */
export const CHURN_STORIES: Record<string, readonly (readonly [string, string])[]> = {
    'Over-promised in the sale': [
        [
            'Sold on a data-warehouse connector that is still on the roadmap; adoption never recovered.',
            'The product could not do what we were told it would do.'
        ]
    ],
    'Poor onboarding': [
        [
            'Kickoff slipped twice and the admin left during setup; only a third of seats were ever active.',
            'We never really got it rolled out.'
        ]
    ],
    'Value not realised': [
        [
            'Usage declined for two quarters; no success plan objective was met and the sponsor stopped attending QBRs.',
            'We could not justify the cost against the results.'
        ]
    ],
    'Needed more support': [
        [
            'Three escalations in six months; the customer wanted a dedicated technical contact we could not staff.',
            'Support was too slow for a tool this central to us.'
        ]
    ],
    'Lost to a competitor': [
        [
            'Competitor bundled a similar module into their suite at a steep discount.',
            'We consolidated onto a platform we already pay for.'
        ]
    ],
    'Product gap': [
        ['Needed offline mobile access for field teams; not available.', 'Our field teams could not use it offline.']
    ],
    'Price at renewal': [
        [
            'List-price uplift at renewal with flat usage; procurement pushed back and chose not to renew.',
            'The renewal price did not match the value for the number of people using it.'
        ]
    ],
    'Went out of business': [['The company ceased trading.', 'We are winding down operations.']],
    'Acquired or merged': [
        [
            'Acquired by a larger group that standardises on another vendor.',
            'Our new parent company has a group-wide contract with another provider.'
        ]
    ],
    'New stakeholder preference': [
        [
            'New COO brought in the tool from her previous company; the sponsor relationship was lost.',
            'Our new leadership prefers a different tool.'
        ]
    ],
    'Budget cut': [
        ['Company-wide freeze on software spend after a poor year.', 'Budget was cut across all departments.']
    ],
    'Needs custom features outside the roadmap': [
        [
            'Required a bespoke regulatory workflow that is not on the roadmap.',
            'We need features specific to our regulator.'
        ]
    ],
    Other: [
        [
            'Parent company moved the team to a shared-services centre that uses a different process; none of the standard reasons fit.',
            'Our team is being reorganised.'
        ]
    ]
};
