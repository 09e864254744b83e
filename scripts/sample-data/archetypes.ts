/**
 * Account archetypes: each one is a recognisable customer story with ranges for every input the health model
 * reads, so that the band each archetype lands in is predictable from the Default and Onboarding models'
 * thresholds (force-app/main/health/customMetadata). Ranges in days are "days before the account's end day":
 * the as-of date for active accounts, the churn date for churned ones.
 *
 * The real scoring engine, run on the sample org by the tests (the local Apex runtime), gives the 270 active
 * accounts about 34% Green, 33% Yellow, 30% Red and 3% Insufficient data; the tests check ranges around that and
 * that each archetype lands mostly in its majorityBand. ObjectiveProgress is the share of objectives Achieved (not
 * how far along they are), so the healthy archetypes' progress ranges run past 100: many of their objectives are
 * already met.
 */
import type { Range } from './random';

export type Segment = 'Enterprise' | 'Mid-Market' | 'SMB';

/**
 * Success plans: `adoption` an Active adoption plan; `sometimes` an adoption plan for half of the accounts (the
 * rest have none or a Draft); `at-risk` an At Risk plan; `onboarding` an Active onboarding plan; `lapsed` only a
 * Closed plan; `none` no plan.
 */
export type PlanKind = 'adoption' | 'sometimes' | 'at-risk' | 'onboarding' | 'lapsed' | 'none';

/** How seat utilisation moves from its start to its end value: straight, accelerating decline, or fast ramp-up. */
export type UsageShape = 'linear' | 'decline' | 'ramp';

export interface Archetype {
    key: string;
    label: string;
    count: number;
    /** The band this archetype is designed to land in, in words (the generator's summary). */
    intendedBand: string;
    /** The band most of its active accounts must land in (checked by the tests); none for churned accounts. */
    majorityBand?: 'Green' | 'Yellow' | 'Red' | 'Insufficient data';
    segments: readonly (readonly [Segment, number])[];
    /** Days before the as-of date the contract started. */
    customerSinceDays: Range;
    /** Churned archetypes: days before the as-of date the account churned, and the churn category. */
    churn?: { daysAgo: Range; category: 'Avoidable' | 'Unavoidable' };
    /** Seat utilisation (%) in the first and in the latest usage period. */
    utilStart: Range;
    utilEnd: Range;
    shape: UsageShape;
    /** DAU ÷ MAU (%) and features used ÷ available (%) in the latest period. */
    stickiness: Range;
    depth: Range;
    /** Attempts to use features above the edition, per period. */
    gated: Range;
    /** The product usage feed stopped this many months before the as-of date (stale usage). */
    usageStopsMonthsAgo?: Range;
    /** Days since the last completed Task or Event, and the mean gap between touches. */
    lastTouchDays: Range;
    touchEvery: Range;
    /** Share of accounts with an executive sponsor, days since the sponsor was last engaged. */
    sponsor: number;
    sponsorDays: Range;
    /** Share of accounts whose sponsor left and was replaced; share whose champion left recently. */
    sponsorChange: number;
    championLeft: number;
    openCases: Range;
    escalatedCases: Range;
    closedCases: Range;
    /** Share of invited contacts who answered the latest NPS wave; scores then and in earlier waves. */
    npsResponse: number;
    nps: Range;
    npsEarlier: Range;
    csat: Range;
    /** CSM sentiment pulse (1–5), days since it was given, share of accounts without one. */
    sentiment: Range;
    sentimentDays: Range;
    sentimentMissing: number;
    plan: PlanKind;
    /** Objective progress (% of the way from baseline to target; drawn above 100, an objective is met). */
    progress: Range;
    /** Shares of accounts with a closed-won expansion in the last year, an open expansion, a contraction. */
    expansionWon: number;
    expansionOpen: number;
    contraction: number;
    /** Shares of accounts whose usage grows 25% a month for the last three periods, or led by one heavy user. */
    surge: number;
    heavyUser: number;
    /**
     * The archetype's first account has exactly these seats, and these active users in its latest usage period:
     * a fixed example (issue 8's "47 of 50 seats active") that the preview and its browser tests open.
     */
    showcase?: { seats: number; latestActive: number };
}

const ENTERPRISE_ONLY: Archetype['segments'] = [['Enterprise', 1]];
const SMB_ONLY: Archetype['segments'] = [['SMB', 1]];

export const ARCHETYPES: readonly Archetype[] = [
    {
        key: 'thriving-enterprise',
        label: 'Thriving enterprise',
        count: 24,
        intendedBand: 'Green',
        majorityBand: 'Green',
        segments: ENTERPRISE_ONLY,
        customerSinceDays: [700, 2500],
        utilStart: [65, 85],
        utilEnd: [75, 86],
        shape: 'linear',
        stickiness: [32, 50],
        depth: [55, 75],
        gated: [0, 4],
        lastTouchDays: [1, 8],
        touchEvery: [5, 10],
        sponsor: 1,
        sponsorDays: [7, 40],
        sponsorChange: 0,
        championLeft: 0,
        openCases: [0, 2],
        escalatedCases: [0, 0],
        closedCases: [3, 8],
        npsResponse: 0.85,
        nps: [8, 10],
        npsEarlier: [7, 10],
        csat: [4, 5],
        sentiment: [4, 5],
        sentimentDays: [3, 40],
        sentimentMissing: 0,
        plan: 'adoption',
        progress: [80, 110],
        expansionWon: 0.35,
        expansionOpen: 0.15,
        contraction: 0,
        surge: 0,
        heavyUser: 0
    },
    {
        key: 'healthy-core',
        label: 'Healthy core customer',
        count: 56,
        intendedBand: 'Green',
        majorityBand: 'Green',
        segments: [
            ['Mid-Market', 0.6],
            ['Enterprise', 0.15],
            ['SMB', 0.25]
        ],
        customerSinceDays: [420, 2200],
        utilStart: [60, 80],
        utilEnd: [70, 84],
        shape: 'linear',
        stickiness: [22, 40],
        depth: [42, 62],
        gated: [0, 3],
        lastTouchDays: [2, 14],
        touchEvery: [8, 16],
        sponsor: 0.95,
        sponsorDays: [15, 60],
        sponsorChange: 0,
        championLeft: 0,
        openCases: [0, 2],
        escalatedCases: [0, 0],
        closedCases: [1, 6],
        npsResponse: 0.7,
        nps: [7, 8],
        npsEarlier: [6, 9],
        csat: [4, 5],
        sentiment: [3, 5],
        sentimentDays: [5, 50],
        sentimentMissing: 0,
        plan: 'adoption',
        progress: [85, 115],
        expansionWon: 0.15,
        expansionOpen: 0.05,
        contraction: 0,
        surge: 0.12,
        heavyUser: 0.04
    },
    {
        key: 'expanding-power-user',
        label: 'Expanding power user',
        count: 14,
        intendedBand: 'Green, with expansion signals',
        majorityBand: 'Green',
        segments: [
            ['Mid-Market', 0.5],
            ['SMB', 0.3],
            ['Enterprise', 0.2]
        ],
        customerSinceDays: [420, 1500],
        utilStart: [70, 85],
        utilEnd: [92, 99],
        shape: 'linear',
        stickiness: [38, 55],
        depth: [72, 92],
        gated: [6, 30],
        lastTouchDays: [1, 10],
        touchEvery: [6, 12],
        sponsor: 1,
        sponsorDays: [10, 45],
        sponsorChange: 0,
        championLeft: 0,
        openCases: [0, 1],
        escalatedCases: [0, 0],
        closedCases: [1, 5],
        npsResponse: 0.9,
        nps: [9, 10],
        npsEarlier: [8, 10],
        csat: [4, 5],
        sentiment: [4, 5],
        sentimentDays: [3, 30],
        sentimentMissing: 0,
        plan: 'adoption',
        progress: [80, 110],
        expansionWon: 0.3,
        expansionOpen: 0.5,
        contraction: 0,
        surge: 0,
        heavyUser: 0.35,
        showcase: { seats: 50, latestActive: 47 }
    },
    {
        key: 'steady-smb',
        label: 'Steady SMB',
        count: 50,
        intendedBand: 'Yellow (some Green)',
        majorityBand: 'Yellow',
        segments: SMB_ONLY,
        customerSinceDays: [420, 1800],
        utilStart: [58, 82],
        utilEnd: [60, 85],
        shape: 'linear',
        stickiness: [15, 30],
        depth: [30, 52],
        gated: [0, 2],
        lastTouchDays: [10, 35],
        touchEvery: [25, 45],
        sponsor: 0.9,
        sponsorDays: [30, 110],
        sponsorChange: 0,
        championLeft: 0,
        openCases: [0, 1],
        escalatedCases: [0, 0],
        closedCases: [0, 3],
        npsResponse: 0.4,
        nps: [6, 9],
        npsEarlier: [6, 9],
        csat: [3, 5],
        sentiment: [3, 4],
        sentimentDays: [10, 100],
        sentimentMissing: 0.2,
        plan: 'sometimes',
        progress: [35, 70],
        expansionWon: 0.05,
        expansionOpen: 0,
        contraction: 0.06,
        surge: 0.04,
        heavyUser: 0.06
    },
    {
        key: 'stalled-adoption',
        label: 'Stalled adoption',
        count: 40,
        intendedBand: 'Yellow',
        majorityBand: 'Yellow',
        segments: [
            ['Mid-Market', 0.7],
            ['Enterprise', 0.3]
        ],
        customerSinceDays: [420, 2000],
        utilStart: [62, 80],
        utilEnd: [58, 75],
        shape: 'linear',
        stickiness: [14, 26],
        depth: [30, 50],
        gated: [0, 1],
        lastTouchDays: [8, 28],
        touchEvery: [10, 20],
        sponsor: 0.95,
        sponsorDays: [25, 85],
        sponsorChange: 0,
        championLeft: 0,
        openCases: [1, 3],
        escalatedCases: [0, 1],
        closedCases: [2, 6],
        npsResponse: 0.6,
        nps: [6, 8],
        npsEarlier: [6, 9],
        csat: [3, 4],
        sentiment: [3, 4],
        sentimentDays: [5, 50],
        sentimentMissing: 0,
        plan: 'adoption',
        progress: [40, 65],
        expansionWon: 0,
        expansionOpen: 0,
        contraction: 0.1,
        surge: 0.05,
        heavyUser: 0
    },
    {
        key: 'champion-left',
        label: 'Champion left',
        count: 12,
        intendedBand: 'Yellow or Red',
        majorityBand: 'Yellow',
        segments: [
            ['Mid-Market', 0.6],
            ['Enterprise', 0.4]
        ],
        customerSinceDays: [500, 2000],
        utilStart: [70, 85],
        utilEnd: [58, 78],
        shape: 'linear',
        stickiness: [18, 30],
        depth: [35, 55],
        gated: [0, 1],
        lastTouchDays: [12, 30],
        touchEvery: [12, 20],
        sponsor: 1,
        sponsorDays: [60, 120],
        sponsorChange: 0.4,
        championLeft: 1,
        openCases: [1, 3],
        escalatedCases: [0, 1],
        closedCases: [2, 5],
        npsResponse: 0.5,
        nps: [6, 8],
        npsEarlier: [7, 9],
        csat: [3, 4],
        sentiment: [2, 4],
        sentimentDays: [5, 40],
        sentimentMissing: 0,
        plan: 'adoption',
        progress: [30, 55],
        expansionWon: 0,
        expansionOpen: 0,
        contraction: 0,
        surge: 0,
        heavyUser: 0
    },
    {
        key: 'at-risk',
        label: 'At-risk mid-market',
        count: 26,
        intendedBand: 'Red',
        majorityBand: 'Red',
        segments: [
            ['Mid-Market', 0.7],
            ['Enterprise', 0.15],
            ['SMB', 0.15]
        ],
        customerSinceDays: [420, 1800],
        utilStart: [60, 80],
        utilEnd: [28, 55],
        shape: 'decline',
        stickiness: [6, 14],
        depth: [12, 28],
        gated: [0, 1],
        lastTouchDays: [30, 80],
        touchEvery: [12, 25],
        sponsor: 0.85,
        sponsorDays: [110, 220],
        sponsorChange: 0.3,
        championLeft: 0.25,
        openCases: [3, 6],
        escalatedCases: [1, 2],
        closedCases: [3, 8],
        npsResponse: 0.6,
        nps: [1, 6],
        npsEarlier: [5, 8],
        csat: [1, 3],
        sentiment: [1, 2],
        sentimentDays: [5, 45],
        sentimentMissing: 0,
        plan: 'at-risk',
        progress: [5, 30],
        expansionWon: 0,
        expansionOpen: 0,
        contraction: 0.15,
        surge: 0,
        heavyUser: 0
    },
    {
        key: 'silent-smb',
        label: 'Silent SMB',
        count: 20,
        intendedBand: 'Red',
        majorityBand: 'Red',
        segments: SMB_ONLY,
        customerSinceDays: [420, 1600],
        utilStart: [35, 60],
        utilEnd: [12, 38],
        shape: 'decline',
        stickiness: [4, 12],
        depth: [8, 22],
        gated: [0, 0],
        lastTouchDays: [80, 220],
        touchEvery: [45, 90],
        sponsor: 1,
        sponsorDays: [150, 300],
        sponsorChange: 0,
        championLeft: 0,
        openCases: [0, 0],
        escalatedCases: [0, 0],
        closedCases: [0, 2],
        npsResponse: 0.15,
        nps: [3, 7],
        npsEarlier: [5, 8],
        csat: [2, 4],
        sentiment: [2, 3],
        sentimentDays: [40, 200],
        sentimentMissing: 0.4,
        plan: 'none',
        progress: [0, 0],
        expansionWon: 0,
        expansionOpen: 0,
        contraction: 0,
        surge: 0,
        heavyUser: 0.1
    },
    {
        key: 'onboarding-on-track',
        label: 'New customer, onboarding on track',
        count: 12,
        intendedBand: 'Green (Onboarding model)',
        majorityBand: 'Green',
        segments: [
            ['SMB', 0.4],
            ['Mid-Market', 0.4],
            ['Enterprise', 0.2]
        ],
        customerSinceDays: [35, 85],
        utilStart: [5, 15],
        utilEnd: [50, 75],
        shape: 'ramp',
        stickiness: [22, 35],
        depth: [25, 45],
        gated: [0, 1],
        lastTouchDays: [1, 6],
        touchEvery: [3, 7],
        sponsor: 1,
        sponsorDays: [3, 25],
        sponsorChange: 0,
        championLeft: 0,
        openCases: [0, 1],
        escalatedCases: [0, 0],
        closedCases: [0, 2],
        npsResponse: 0,
        nps: [8, 10],
        npsEarlier: [8, 10],
        csat: [4, 5],
        sentiment: [4, 5],
        sentimentDays: [1, 20],
        sentimentMissing: 0,
        plan: 'onboarding',
        progress: [75, 110],
        expansionWon: 0,
        expansionOpen: 0,
        contraction: 0,
        surge: 0,
        heavyUser: 0
    },
    {
        key: 'onboarding-slow',
        label: 'New customer, onboarding stuck',
        count: 8,
        intendedBand: 'Red (Onboarding model)',
        majorityBand: 'Red',
        segments: [
            ['SMB', 0.4],
            ['Mid-Market', 0.4],
            ['Enterprise', 0.2]
        ],
        customerSinceDays: [35, 85],
        utilStart: [2, 8],
        utilEnd: [12, 35],
        shape: 'ramp',
        stickiness: [7, 16],
        depth: [8, 20],
        gated: [0, 0],
        lastTouchDays: [10, 26],
        touchEvery: [7, 14],
        sponsor: 0.7,
        sponsorDays: [30, 70],
        sponsorChange: 0,
        championLeft: 0,
        openCases: [1, 3],
        escalatedCases: [0, 1],
        closedCases: [0, 1],
        npsResponse: 0,
        nps: [5, 8],
        npsEarlier: [5, 8],
        csat: [2, 4],
        sentiment: [2, 3],
        sentimentDays: [3, 30],
        sentimentMissing: 0,
        plan: 'onboarding',
        progress: [0, 28],
        expansionWon: 0,
        expansionOpen: 0,
        contraction: 0,
        surge: 0,
        heavyUser: 0
    },
    {
        key: 'usage-feed-broken',
        label: 'Usage feed broken (too little fresh data)',
        count: 8,
        intendedBand: 'Insufficient data',
        majorityBand: 'Insufficient data',
        segments: [
            ['Mid-Market', 0.5],
            ['SMB', 0.5]
        ],
        customerSinceDays: [420, 1500],
        usageStopsMonthsAgo: [4, 7],
        utilStart: [55, 75],
        utilEnd: [50, 75],
        shape: 'linear',
        stickiness: [15, 30],
        depth: [30, 50],
        gated: [0, 1],
        lastTouchDays: [10, 40],
        touchEvery: [15, 30],
        sponsor: 1,
        sponsorDays: [40, 120],
        sponsorChange: 0,
        championLeft: 0,
        openCases: [0, 1],
        escalatedCases: [0, 0],
        closedCases: [0, 3],
        npsResponse: 0,
        nps: [6, 9],
        npsEarlier: [6, 9],
        csat: [3, 5],
        sentiment: [3, 3],
        sentimentDays: [90, 200],
        sentimentMissing: 0,
        plan: 'lapsed',
        progress: [20, 60],
        expansionWon: 0,
        expansionOpen: 0,
        contraction: 0,
        surge: 0,
        heavyUser: 0
    },
    {
        key: 'churned-at-risk',
        label: 'Churned after visible decline',
        count: 22,
        intendedBand: 'Churned (Red before churn)',
        segments: [
            ['SMB', 0.4],
            ['Mid-Market', 0.45],
            ['Enterprise', 0.15]
        ],
        customerSinceDays: [800, 2000],
        churn: { daysAgo: [40, 420], category: 'Avoidable' },
        utilStart: [50, 75],
        utilEnd: [10, 35],
        shape: 'decline',
        stickiness: [5, 12],
        depth: [10, 25],
        gated: [0, 0],
        lastTouchDays: [20, 70],
        touchEvery: [15, 40],
        sponsor: 0.8,
        sponsorDays: [120, 250],
        sponsorChange: 0.2,
        championLeft: 0.3,
        openCases: [0, 0],
        escalatedCases: [1, 2],
        closedCases: [3, 10],
        npsResponse: 0.7,
        nps: [0, 5],
        npsEarlier: [4, 7],
        csat: [1, 3],
        sentiment: [1, 2],
        sentimentDays: [10, 60],
        sentimentMissing: 0,
        plan: 'at-risk',
        progress: [5, 30],
        expansionWon: 0,
        expansionOpen: 0,
        contraction: 0,
        surge: 0,
        heavyUser: 0
    },
    {
        key: 'churned-unavoidable',
        label: 'Churned for reasons outside our control',
        count: 8,
        intendedBand: 'Churned (often Green before churn)',
        segments: [
            ['SMB', 0.4],
            ['Mid-Market', 0.4],
            ['Enterprise', 0.2]
        ],
        customerSinceDays: [800, 2000],
        churn: { daysAgo: [40, 420], category: 'Unavoidable' },
        utilStart: [60, 80],
        utilEnd: [55, 80],
        shape: 'linear',
        stickiness: [18, 32],
        depth: [35, 55],
        gated: [0, 2],
        lastTouchDays: [5, 30],
        touchEvery: [10, 25],
        sponsor: 0.9,
        sponsorDays: [30, 120],
        sponsorChange: 0.25,
        championLeft: 0,
        openCases: [0, 0],
        escalatedCases: [0, 0],
        closedCases: [1, 5],
        npsResponse: 0.6,
        nps: [6, 9],
        npsEarlier: [6, 9],
        csat: [3, 5],
        sentiment: [3, 4],
        sentimentDays: [10, 60],
        sentimentMissing: 0,
        plan: 'adoption',
        progress: [40, 80],
        expansionWon: 0,
        expansionOpen: 0,
        contraction: 0,
        surge: 0,
        heavyUser: 0
    }
];

export const SEGMENT_PROFILES: Record<
    Segment,
    { seats: Range; pricePerSeat: Range; features: number; contacts: Range; employeesPerSeat: Range }
> = {
    Enterprise: {
        seats: [150, 1200],
        pricePerSeat: [150, 260],
        features: 48,
        contacts: [6, 8],
        employeesPerSeat: [3, 8]
    },
    'Mid-Market': {
        seats: [30, 200],
        pricePerSeat: [120, 220],
        features: 36,
        contacts: [4, 6],
        employeesPerSeat: [2, 5]
    },
    SMB: { seats: [5, 40], pricePerSeat: [100, 180], features: 24, contacts: [2, 4], employeesPerSeat: [1.2, 3] }
};
