/**
 * `npm run sample-data`: writes a deterministic sample org to dev/data in the format `sf data import tree --plan`
 * reads, so that the same data loads into a scratch org (`npm run org:up`) and into the local Apex runtime.
 *
 *   node build/scripts/sample-data/generate.js [--as-of 2026-11-20] [--seed 20261120] [--out dev/data]
 *                                              [--namespace lodestar] [--limit 60]
 *
 * - Deterministic: a seeded PRNG (mulberry32, one stream per account) and dates relative to a fixed as-of date.
 *   Nothing reads the clock, so the output is byte-identical across runs and machines.
 * - About 300 accounts from archetypes (archetypes.ts) whose inputs are chosen against the health models'
 *   thresholds, so health bands, expansion signals and backtest outcomes come out spread as intended.
 * - Source data, and the health history: no health scores, alerts or signals, which Lodestar computes. The
 *   HealthSnapshot__c rows of the past weeks (and of the days the backtest reads) are written by the real nightly
 *   scoring, replayed at those dates on the local Apex runtime after the source data is written (history.ts), so
 *   the Account card has a trend and the admin page's backtest has outcomes. The runtime must be built first
 *   (`npm run sample-data` builds it).
 * - Users cannot be created by a tree import. CSMs and the other personas are in users.json, each with the
 *   referenceIds of the accounts it owns or manages; the loader sets Account.Csm__c and OwnerId from it.
 * - Account.ExecutiveSponsor__c points at a Contact, which is inserted after its Account, so it cannot be set in
 *   the same import. post-load.json maps each account to its sponsor contact; the loader sets the lookup after the
 *   import. See dev/data/README.md.
 * - `--namespace lodestar` prefixes custom objects and fields (`lodestar__Arr__c`), for orgs where the package's
 *   namespace applies (a namespaced scratch org); the committed files are unprefixed, as in source.
 * - `--limit N` keeps the first N accounts only (the same accounts as a full run), for a faster org load.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ARCHETYPES, SEGMENT_PROFILES, type Archetype, type Segment } from './archetypes';
import {
    POST_LOAD_FILE,
    PLAN_FILE,
    TREE_FILE_LIMIT,
    USERS_FILE,
    addYears,
    firstDayOfMonth,
    formatDateTime,
    formatDay,
    lastDayOfMonth,
    monthOf,
    parseDay,
    referenceOf,
    toPrettyJson,
    withNamespace,
    type FieldValue,
    type PlanEntry,
    type TreeRecord
} from './dataset';
import { replayHistory, writeHistory } from './history';
import { Rng } from './random';
import { repoRoot } from '../lib/paths';
import * as text from './text';

export const DEFAULT_AS_OF = '2026-11-20';
export const DEFAULT_SEED = 20261120;

export interface GenerateOptions {
    /** The "today" of the dataset (yyyy-MM-dd). Every date is relative to it. */
    asOf?: string;
    seed?: number;
    /** Prefix custom objects and fields with this namespace (`lodestar`). */
    namespace?: string;
    /**
     * Only the first N accounts (and their records), for a quick org load: the CLI's reference replacement is
     * quadratic in the record count. The accounts kept are identical to those of a full run.
     */
    limit?: number;
}

export interface SampleUser {
    /** Stable key, used by the loaders and in docs: `csm-maria-okafor`. */
    key: string;
    firstName: string;
    lastName: string;
    alias: string;
    email: string;
    title: string;
    /** The Lodestar persona permission set to assign. */
    permissionSet: 'Lodestar_CSM' | 'Lodestar_Sales' | 'Lodestar_CS_Leader' | 'Lodestar_Admin';
    /** Accounts whose Csm__c is this user (account referenceIds). */
    csmOf: string[];
    /** Accounts (and their Opportunities) whose OwnerId is this user. */
    ownerOf: string[];
}

export interface AccountSummary {
    ref: string;
    name: string;
    archetype: string;
    segment: Segment;
    churned: boolean;
}

export interface GeneratedDataset {
    asOf: string;
    seed: number;
    plan: PlanEntry[];
    /** File name (relative to the output folder) → contents. */
    files: Map<string, string>;
    /** Records per sObject (unprefixed names). */
    counts: Map<string, number>;
    users: SampleUser[];
    accounts: AccountSummary[];
}

/** Plan order: parents before children, lookups only to earlier entries. [sObject, referenceId prefix]. */
export const PLAN_ORDER: readonly (readonly [string, string])[] = [
    ['Account', 'Account'],
    ['Contact', 'Contact'],
    ['Opportunity', 'Opportunity'],
    ['Case', 'Case'],
    ['ProductUsage__c', 'ProductUsage'],
    ['SurveyResponse__c', 'SurveyResponse'],
    ['SuccessPlan__c', 'SuccessPlan'],
    ['SuccessObjective__c', 'SuccessObjective'],
    ['SuccessMilestone__c', 'SuccessMilestone'],
    ['BusinessReview__c', 'BusinessReview'],
    ['ReviewAttendee__c', 'ReviewAttendee'],
    ['ChurnEvent__c', 'ChurnEvent'],
    ['Task', 'Task'],
    ['Event', 'Event']
];

type Fields = Record<string, FieldValue | undefined>;

/** Churn reasons in the order churned accounts take them: every value, the common ones more often. */
const AVOIDABLE_SEQUENCE = [
    'Value not realised',
    'Poor onboarding',
    'Lost to a competitor',
    'Price at renewal',
    'Needed more support',
    'Product gap',
    'Value not realised',
    'Over-promised in the sale',
    'Lost to a competitor',
    'Other',
    'Value not realised',
    'Price at renewal',
    'Poor onboarding'
] as const;
const UNAVOIDABLE_SEQUENCE = [
    'Acquired or merged',
    'Budget cut',
    'New stakeholder preference',
    'Went out of business',
    'Needs custom features outside the roadmap',
    'Budget cut',
    'Acquired or merged'
] as const;

/** Collects records per sObject and hands out referenceIds (`AccountRef1`, ...), in insertion order. */
class Collector {
    readonly records = new Map<string, TreeRecord[]>(PLAN_ORDER.map(([sobject]) => [sobject, []]));
    private readonly prefixes = new Map<string, string>(PLAN_ORDER.map(([sobject, prefix]) => [sobject, prefix]));

    add(sobject: string, fields: Fields): string {
        const list = this.records.get(sobject);
        const prefix = this.prefixes.get(sobject);
        if (!list || !prefix) {
            throw new Error(`${sobject} is not in the plan`);
        }
        const referenceId = `${prefix}Ref${list.length + 1}`;
        const record: TreeRecord = { attributes: { type: sobject, referenceId } };
        for (const [name, value] of Object.entries(fields)) {
            if (value !== undefined && value !== '') {
                record[name] = value;
            }
        }
        list.push(record);
        return referenceId;
    }
}

const ref = (referenceId: string): string => `@${referenceId}`;
const round1 = (value: number): number => Math.round(value * 10) / 10;
const round2 = (value: number): number => Math.round(value * 100) / 100;
const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

type Role = 'Executive Sponsor' | 'Champion' | 'Decision Maker' | 'Admin' | 'End User';

interface ContactStory {
    ref: string;
    role: Role;
    firstName: string;
    lastName: string;
    /** Day the person left the customer, if they did. */
    leftOn?: number;
    /** Day a replacement sponsor joined. */
    joinedOn?: number;
}

type TouchKind = 'call' | 'email' | 'meeting';

interface Touch {
    day: number;
    kind: TouchKind;
    contact?: ContactStory;
    subject?: string;
    durationMinutes?: number;
    isSponsorTouch?: boolean;
}

interface Identity {
    name: string;
    industry: string;
    domain: string;
}

// ---------------------------------------------------------------------------------------------------------------

/** Builds one account and everything under it. All randomness comes from the account's own stream. */
class AccountBuilder {
    private readonly rng: Rng;
    private readonly a: Archetype;
    readonly segment: Segment;
    readonly key: string;
    ref = '';
    private readonly seatsNow: number;
    private readonly pricePerSeat: number;
    private readonly customerSince: number;
    private readonly churnDate?: number;
    /** The account's "today": the as-of date, or the churn date for a churned account. */
    private readonly endDay: number;
    private readonly renewalDate: number;
    /** Anniversaries of the contract start up to the end day: each one a renewal (the last one lost, if churned). */
    private readonly anniversaries: number[];
    private readonly seatChanges: { from: number; seats: number }[];
    private expansion?: { day: number; seats: number };
    private contraction?: { day: number; seats: number };
    private contacts: ContactStory[] = [];
    private sponsor?: ContactStory;
    private touches: Touch[] = [];
    private readonly usageStart: { depth: number; stickiness: number } = { depth: 0, stickiness: 0 };
    private activePlanRef?: string;
    private wonRenewalRefs = new Map<number, string>();
    private lostRenewalRef?: string;
    private churn?: { category: string; reason: string; comment: string; stated: string };
    private sentiment?: { value: number; on: number };
    private closedCaseCount = 0;

    constructor(
        readonly index: number,
        /** The account's position among the accounts of its archetype (0-based). */
        private readonly ordinal: number,
        archetype: Archetype,
        private readonly identity: Identity,
        private readonly asOf: number,
        seed: number,
        private readonly out: Collector
    ) {
        this.a = archetype;
        this.rng = new Rng(`${seed}:account:${index}`);
        this.key = `LS-${String(index).padStart(4, '0')}`;
        const r = this.rng;
        this.segment = r.weighted(archetype.segments);
        const profile = SEGMENT_PROFILES[this.segment];
        const rawSeats = r.int(profile.seats);
        // The showcase overrides the drawn seats without skipping the draw, so no other value moves.
        const showcase = ordinal === 0 ? archetype.showcase : undefined;
        this.seatsNow = showcase
            ? showcase.seats
            : this.segment === 'Enterprise'
              ? Math.round(rawSeats / 10) * 10
              : this.segment === 'Mid-Market'
                ? Math.round(rawSeats / 5) * 5
                : rawSeats;
        this.pricePerSeat = Math.round(r.between(profile.pricePerSeat));

        if (archetype.churn) {
            this.churnDate = asOf - r.int(archetype.churn.daysAgo);
            this.customerSince = addYears(this.churnDate, -r.int([2, 5]));
            this.endDay = this.churnDate;
        } else {
            this.customerSince = asOf - r.int(archetype.customerSinceDays);
            this.endDay = asOf;
        }
        this.anniversaries = [];
        let years = 1;
        while (addYears(this.customerSince, years) <= this.endDay) {
            this.anniversaries.push(addYears(this.customerSince, years));
            years++;
        }
        this.renewalDate = this.churnDate ?? addYears(this.customerSince, years);

        // Seats over time: an expansion in the last year adds seats; a contraction at the last renewal removes some.
        let initialSeats = this.seatsNow;
        const lastRenewal = this.anniversaries[this.anniversaries.length - 1];
        if (!this.churnDate && r.chance(archetype.expansionWon)) {
            const day = Math.max(this.customerSince + 60, asOf - r.int([45, 300]));
            const added = Math.max(1, Math.round(this.seatsNow * r.between([0.15, 0.35])));
            if (day < asOf - 20) {
                this.expansion = { day, seats: added };
                initialSeats -= added;
            }
        } else if (
            !this.churnDate &&
            lastRenewal !== undefined &&
            asOf - lastRenewal <= 330 &&
            r.chance(archetype.contraction)
        ) {
            const removed = Math.max(1, Math.round(this.seatsNow * r.between([0.15, 0.3])));
            this.contraction = { day: lastRenewal, seats: removed };
            initialSeats += removed;
        }
        this.seatChanges = [{ from: this.customerSince, seats: initialSeats }];
        if (this.expansion) {
            this.seatChanges.push({ from: this.expansion.day, seats: this.seatsNow });
        }
        if (this.contraction) {
            this.seatChanges.push({ from: this.contraction.day, seats: this.seatsNow });
        }
    }

    private seatsAt(day: number): number {
        let seats = this.seatChanges[0].seats;
        for (const change of this.seatChanges) {
            if (change.from <= day) {
                seats = change.seats;
            }
        }
        return seats;
    }

    private arrAt(day: number): number {
        return Math.max(100, Math.round((this.seatsAt(day) * this.pricePerSeat) / 100) * 100);
    }

    private employedOn(contact: ContactStory, day: number): boolean {
        return (contact.leftOn === undefined || contact.leftOn > day) && (contact.joinedOn ?? -Infinity) <= day;
    }

    /** Builds and emits everything. Account first, so its referenceId is AccountRef<index>. */
    build(): AccountSummary {
        this.planContacts();
        this.planTouches();
        this.emitAccount();
        this.emitContacts();
        this.emitOpportunities();
        this.emitCases();
        this.emitUsage();
        this.emitSurveys();
        this.emitPlans();
        this.emitReviews();
        this.emitChurnEvents();
        this.emitActivities();
        return {
            ref: this.ref,
            name: this.identity.name,
            archetype: this.a.key,
            segment: this.segment,
            churned: this.churnDate !== undefined
        };
    }

    get sponsorContactRef(): string | undefined {
        return this.sponsor?.ref;
    }

    // --- people ------------------------------------------------------------------------------------------------

    private planContacts(): void {
        const r = this.rng;
        const count = r.int(SEGMENT_PROFILES[this.segment].contacts);
        const hasSponsor = r.chance(this.a.sponsor);
        const roles: Role[] = [];
        if (hasSponsor) {
            roles.push('Executive Sponsor');
        }
        const fill: Role[] = ['Champion', 'Admin', 'Decision Maker', 'End User', 'End User', 'End User', 'End User'];
        for (const role of fill) {
            if (roles.length >= count) {
                break;
            }
            roles.push(role);
        }
        const used = new Set<string>();
        const person = (role: Role): ContactStory => {
            for (;;) {
                const firstName = r.pick(text.FIRST_NAMES);
                const lastName = r.pick(text.LAST_NAMES);
                if (!used.has(`${firstName} ${lastName}`)) {
                    used.add(`${firstName} ${lastName}`);
                    return { ref: '', role, firstName, lastName };
                }
            }
        };
        this.contacts = roles.map(person);
        const end = this.endDay;
        const champion = this.contacts.find((contact) => contact.role === 'Champion');
        if (champion && r.chance(this.a.championLeft)) {
            champion.leftOn = end - r.int([5, 45]);
        }
        const sponsor = this.contacts.find((contact) => contact.role === 'Executive Sponsor');
        this.sponsor = sponsor;
        if (sponsor && r.chance(this.a.sponsorChange)) {
            sponsor.leftOn = end - r.int([60, 160]);
            const successor = person('Executive Sponsor');
            successor.joinedOn = sponsor.leftOn + r.int([7, 30]);
            this.contacts.push(successor);
            this.sponsor = successor;
        }
    }

    private planTouches(): void {
        const r = this.rng;
        const a = this.a;
        const windowStart = Math.max(this.endDay - 395, this.customerSince);
        const last = Math.max(this.customerSince + 1, this.endDay - r.int(a.lastTouchDays));
        const meanGap = r.between(a.touchEvery);
        const meetingShare = this.segment === 'Enterprise' ? 0.35 : this.segment === 'Mid-Market' ? 0.25 : 0.15;
        const kind = (): TouchKind =>
            r.weighted<TouchKind>([
                ['meeting', meetingShare],
                ['call', 0.45],
                ['email', 0.55 - meetingShare]
            ]);
        const touches: Touch[] = [];
        for (let day = last; day >= windowStart; day -= Math.max(1, Math.round(meanGap * (0.5 + r.float())))) {
            touches.push({ day, kind: kind() });
        }

        // The current sponsor's last engagement: a meeting on (or just before) the target day.
        let sponsorTouch: Touch | undefined;
        if (this.sponsor) {
            let target = this.endDay - r.int(a.sponsorDays);
            if (this.sponsor.joinedOn !== undefined && target < this.sponsor.joinedOn) {
                target = Math.min(last, this.sponsor.joinedOn + r.int([3, 20]));
            }
            target = Math.min(target, last);
            sponsorTouch = touches.find((touch) => touch.day <= target && touch.day >= target - 21);
            if (!sponsorTouch) {
                sponsorTouch = { day: target, kind: 'meeting' };
                touches.push(sponsorTouch);
                touches.sort((left, right) => right.day - left.day);
            }
            sponsorTouch.kind = 'meeting';
            sponsorTouch.contact = this.sponsor;
            sponsorTouch.isSponsorTouch = true;
            sponsorTouch.subject = 'Executive check-in';
        }

        const roleWeight: Record<Role, number> = {
            'Executive Sponsor': 0,
            Champion: 4,
            Admin: 2,
            'Decision Maker': 1.5,
            'End User': 1
        };
        for (const touch of touches) {
            if (touch.isSponsorTouch) {
                continue;
            }
            const employed = this.contacts.filter((contact) => this.employedOn(contact, touch.day));
            const sponsorThen = employed.find((contact) => contact.role === 'Executive Sponsor');
            const mayMeetSponsor = sponsorThen && (!sponsorTouch || touch.day < sponsorTouch.day);
            if (mayMeetSponsor && r.chance(0.12)) {
                touch.contact = sponsorThen;
                touch.kind = 'meeting';
                touch.subject = 'Executive check-in';
                continue;
            }
            const others = employed.filter((contact) => contact.role !== 'Executive Sponsor');
            if (others.length > 0) {
                touch.contact = r.weighted(others.map((contact) => [contact, roleWeight[contact.role]] as const));
            }
        }
        this.touches = touches;
    }

    // --- Account and Contacts ----------------------------------------------------------------------------------

    private lifecycleStage(): string {
        if (this.churnDate !== undefined) {
            return 'Churned';
        }
        if (this.a.plan === 'onboarding') {
            return 'Onboarding';
        }
        if (this.renewalDate - this.asOf <= 120) {
            return 'Renewal';
        }
        if (this.a.key === 'expanding-power-user' || this.expansion) {
            return 'Expansion';
        }
        return 'Adoption';
    }

    /**
     * Churn reasons cycle through a fixed, weighted sequence (by the account's position within its archetype),
     * so every reason of the category appears, "Other" included, and the common ones most often.
     */
    private churnStory(): { category: string; reason: string; comment: string; stated: string } | undefined {
        if (!this.a.churn) {
            return undefined;
        }
        const category = this.a.churn.category;
        const sequence = category === 'Avoidable' ? AVOIDABLE_SEQUENCE : UNAVOIDABLE_SEQUENCE;
        const reason = sequence[this.ordinal % sequence.length];
        const [comment, stated] = this.rng.pick(text.CHURN_STORIES[reason]);
        return { category, reason, comment, stated };
    }

    private emitAccount(): void {
        const r = this.rng;
        const a = this.a;
        this.churn = this.churnStory();
        if (!r.chance(a.sentimentMissing)) {
            this.sentiment = {
                value: r.int(a.sentiment),
                on: Math.max(this.customerSince + 1, this.endDay - r.int(a.sentimentDays))
            };
        }
        const [city, state, country] = r.pick(text.CITIES);
        const employees = Math.round(this.seatsNow * r.between(SEGMENT_PROFILES[this.segment].employeesPerSeat));
        this.ref = this.out.add('Account', {
            Name: this.identity.name,
            Industry: this.identity.industry,
            Website: `https://www.${this.identity.domain}`,
            NumberOfEmployees: Math.max(employees, this.seatsNow),
            BillingCity: city,
            BillingState: state,
            BillingCountry: country,
            Description: `Lodestar sample data ${this.key}. Archetype: ${a.key} (${a.label}).`,
            Segment__c: this.segment,
            Arr__c: this.churnDate !== undefined ? 0 : this.arrAt(this.asOf),
            LicensedSeats__c: this.seatsAt(this.endDay - 1),
            CustomerSince__c: formatDay(this.customerSince),
            RenewalDate__c: formatDay(this.renewalDate),
            LifecycleStage__c: this.lifecycleStage(),
            CsmSentiment__c: this.sentiment ? String(this.sentiment.value) : undefined,
            CsmSentimentUpdatedOn__c: this.sentiment ? formatDay(this.sentiment.on) : undefined,
            ChurnedOn__c: this.churnDate !== undefined ? formatDay(this.churnDate) : undefined,
            ChurnCategory__c: this.churn?.category,
            ChurnReason__c: this.churn?.reason,
            ChurnComment__c: this.churn?.comment,
            CustomerStatedChurnReason__c: this.churn?.stated
        });
    }

    private emitContacts(): void {
        const r = this.rng;
        for (const contact of this.contacts) {
            const titles =
                contact.role === 'Executive Sponsor' && this.segment === 'SMB'
                    ? text.SMB_SPONSOR_TITLES
                    : text.TITLES[contact.role];
            const local = `${contact.firstName}.${contact.lastName}`.toLowerCase().replace(/[^a-z.]/g, '');
            contact.ref = this.out.add('Contact', {
                AccountId: ref(this.ref),
                FirstName: contact.firstName,
                LastName: contact.lastName,
                Title: r.pick(titles),
                Email: `${local}@${this.identity.domain}`,
                Phone: `+1 555 01${String(r.int([0, 99])).padStart(2, '0')}`,
                StakeholderRole__c: contact.role,
                HasLeftCompany__c: contact.leftOn !== undefined ? true : undefined,
                LeftCompanyOn__c: contact.leftOn !== undefined ? formatDay(contact.leftOn) : undefined
            });
        }
    }

    // --- Opportunities -----------------------------------------------------------------------------------------

    private emitOpportunities(): void {
        const r = this.rng;
        const name = this.identity.name;
        this.out.add('Opportunity', {
            AccountId: ref(this.ref),
            Name: `${name} - New Business`,
            DealType__c: 'New Business',
            StageName: 'Closed Won',
            CloseDate: formatDay(this.customerSince - r.int([2, 20])),
            Amount: this.arrAt(this.customerSince)
        });
        // Renewals won in the two years before the end day (the backtest's "renewed" outcomes).
        for (const day of this.anniversaries) {
            if (day === this.churnDate || day < this.endDay - 730) {
                continue;
            }
            const opportunityRef = this.out.add('Opportunity', {
                AccountId: ref(this.ref),
                Name: `${name} - Renewal ${formatDay(day).slice(0, 7)}`,
                DealType__c: 'Renewal',
                StageName: 'Closed Won',
                CloseDate: formatDay(day - r.int([0, 10])),
                Amount: this.arrAt(day)
            });
            this.wonRenewalRefs.set(day, opportunityRef);
        }
        if (this.expansion) {
            this.out.add('Opportunity', {
                AccountId: ref(this.ref),
                Name: `${name} - Expansion (+${this.expansion.seats} seats)`,
                DealType__c: 'Expansion',
                StageName: 'Closed Won',
                CloseDate: formatDay(this.expansion.day),
                Amount: Math.round((this.expansion.seats * this.pricePerSeat) / 100) * 100
            });
        }
        if (this.churnDate !== undefined && this.churn) {
            this.lostRenewalRef = this.out.add('Opportunity', {
                AccountId: ref(this.ref),
                Name: `${name} - Renewal ${formatDay(this.churnDate).slice(0, 7)}`,
                DealType__c: 'Renewal',
                StageName: 'Closed Lost',
                CloseDate: formatDay(this.churnDate),
                Amount: this.arrAt(this.churnDate - 1),
                ChurnCategory__c: this.churn.category,
                ChurnReason__c: this.churn.reason,
                ChurnComment__c: this.churn.comment,
                CustomerStatedChurnReason__c: this.churn.stated
            });
            return;
        }
        const daysToRenewal = this.renewalDate - this.asOf;
        const stage =
            daysToRenewal > 120
                ? 'Qualification'
                : daysToRenewal > 60
                  ? 'Needs Analysis'
                  : daysToRenewal > 30
                    ? 'Proposal/Price Quote'
                    : 'Negotiation/Review';
        this.out.add('Opportunity', {
            AccountId: ref(this.ref),
            Name: `${name} - Renewal ${formatDay(this.renewalDate).slice(0, 7)}`,
            DealType__c: 'Renewal',
            StageName: stage,
            CloseDate: formatDay(this.renewalDate),
            Amount: Math.round((this.arrAt(this.asOf) * (1 + r.between([0, 0.07]))) / 100) * 100
        });
        if (r.chance(this.a.expansionOpen)) {
            const seats = Math.max(5, Math.round(this.seatsNow * r.between([0.2, 0.5])));
            this.out.add('Opportunity', {
                AccountId: ref(this.ref),
                Name: `${name} - Expansion (+${seats} seats)`,
                DealType__c: 'Expansion',
                StageName: r.pick(['Qualification', 'Needs Analysis']),
                CloseDate: formatDay(this.asOf + r.int([20, 90])),
                Amount: Math.round((seats * this.pricePerSeat) / 100) * 100
            });
        }
    }

    // --- Cases ---------------------------------------------------------------------------------------------------

    private emitCases(): void {
        const r = this.rng;
        const a = this.a;
        const churned = this.churnDate !== undefined;
        const closed = r.int(a.closedCases);
        const open = churned ? 0 : r.int(a.openCases);
        const escalated = Math.min(r.int(a.escalatedCases), churned ? closed : open);
        const reporters = this.contacts.filter(
            (contact) => contact.role !== 'Executive Sponsor' && this.employedOn(contact, this.endDay - 1)
        );
        const caseFields = (status: string, isEscalated: boolean): Fields => ({
            AccountId: ref(this.ref),
            ContactId: reporters.length > 0 ? ref(r.pick(reporters).ref) : undefined,
            Subject: r.pick(text.CASE_SUBJECTS),
            Status: status,
            Priority: isEscalated ? 'High' : r.pick(['Low', 'Medium', 'Medium', 'High']),
            Origin: r.pick(['Email', 'Web', 'Phone']),
            IsEscalated: isEscalated ? true : undefined
        });
        for (let index = 0; index < closed; index++) {
            this.out.add('Case', caseFields('Closed', churned && index < escalated));
        }
        for (let index = 0; index < open; index++) {
            const isEscalated = index < escalated;
            this.out.add('Case', caseFields(isEscalated ? 'Escalated' : r.pick(['New', 'Working']), isEscalated));
        }
        this.closedCaseCount = closed;
    }

    // --- Product usage -----------------------------------------------------------------------------------------

    private emitUsage(): void {
        const r = this.rng;
        const a = this.a;
        let lastMonth = monthOf(this.endDay) - 1;
        if (a.usageStopsMonthsAgo) {
            lastMonth -= r.int(a.usageStopsMonthsAgo);
        }
        const firstMonth = Math.max(monthOf(this.customerSince), lastMonth - 17);
        const periods = lastMonth - firstMonth + 1;
        if (periods <= 0) {
            return;
        }
        const utilStart = r.between(a.utilStart);
        const utilEnd = r.between(a.utilEnd);
        const stickEnd = r.between(a.stickiness);
        const depthEnd = r.between(a.depth);
        const shapeFactor = a.shape === 'ramp' ? 0.35 : a.shape === 'decline' ? 1.5 : 0.9;
        const stickStart = clamp(stickEnd * shapeFactor, 2, 60);
        const depthStart = clamp(depthEnd * shapeFactor, 5, 90);
        this.usageStart.depth = depthStart;
        this.usageStart.stickiness = stickStart;
        const features = SEGMENT_PROFILES[this.segment].features;
        const surge = r.chance(a.surge);
        const heavyUser = r.chance(a.heavyUser);
        const topUser = `${this.key.toLowerCase()}-u${r.int([100, 999])}`;
        const expanding = a.key === 'expanding-power-user';

        for (let period = 0; period < periods; period++) {
            const month = firstMonth + period;
            const start = Math.max(firstDayOfMonth(month), this.customerSince);
            const end = lastDayOfMonth(month);
            const t = periods === 1 ? 1 : period / (periods - 1);
            const shaped = a.shape === 'ramp' ? Math.sqrt(t) : a.shape === 'decline' ? t * t : t;
            const isLast = period === periods - 1;
            let util = utilStart + (utilEnd - utilStart) * shaped + (isLast ? 0 : r.between([-3, 3]));
            if (surge && periods - period <= 3) {
                util = utilEnd / Math.pow(1.25, periods - 1 - period);
            }
            if (expanding && periods - period <= 2) {
                util = Math.max(util, isLast ? utilEnd : utilEnd - r.between([0, 1.5]));
            }
            const seats = this.seatsAt(end);
            let active = clamp(Math.round((seats * clamp(util, 1, 100)) / 100), 1, seats);
            if (expanding && periods - period <= 2 && active < 0.9 * seats) {
                active = Math.min(seats, Math.ceil(0.9 * seats));
            }
            if (isLast && this.ordinal === 0 && a.showcase) {
                active = a.showcase.latestActive;
            }
            const stick = clamp(
                stickStart + (stickEnd - stickStart) * shaped + (isLast ? 0 : r.between([-2, 2])),
                1,
                80
            );
            const depth = clamp(
                depthStart + (depthEnd - depthStart) * shaped + (isLast ? 0 : r.between([-2, 2])),
                1,
                100
            );
            const gated = expanding && periods - period <= 3 ? r.int(a.gated) : r.int([0, Math.min(a.gated[1], 3)]);
            const share =
                heavyUser && periods - period <= 2
                    ? r.between([52, 68])
                    : active <= 3
                      ? r.between([35, 50])
                      : clamp((100 * r.between([2.5, 6])) / active, 3, 35);
            this.out.add('ProductUsage__c', {
                Account__c: ref(this.ref),
                PeriodStart__c: formatDay(start),
                PeriodEnd__c: formatDay(end),
                ActiveUsers__c: active,
                LicensedSeats__c: seats,
                DailyActiveUsers__c: round1((active * stick) / 100),
                MonthlyActiveUsers__c: active,
                FeaturesUsed__c: clamp(Math.round((features * depth) / 100), 1, features),
                FeaturesAvailable__c: features,
                GatedFeatureAttempts__c: gated,
                TopUserId__c: topUser,
                TopUserActivityShare__c: round2(share),
                ExternalId__c: `${this.key}-${formatDay(start).slice(0, 7)}`
            });
        }
    }

    // --- Surveys -------------------------------------------------------------------------------------------------

    private emitSurveys(): void {
        const r = this.rng;
        const a = this.a;
        const waves = [this.endDay - 380, this.endDay - 200, this.endDay - 45];
        const perWave = this.segment === 'Enterprise' ? 3 : this.segment === 'Mid-Market' ? 2 : 1;
        let counter = 0;
        waves.forEach((wave, waveIndex) => {
            if (wave < this.customerSince + 30) {
                return;
            }
            const latest = waveIndex === waves.length - 1;
            const invited = r
                .shuffle(this.contacts.filter((contact) => this.employedOn(contact, wave)))
                .slice(0, perWave);
            for (const contact of invited) {
                if (!r.chance(latest ? a.npsResponse : Math.min(0.75, a.npsResponse + 0.15))) {
                    continue;
                }
                const score = r.int(latest ? a.nps : a.npsEarlier);
                const pool =
                    score >= 9
                        ? text.NPS_COMMENTS.promoter
                        : score >= 7
                          ? text.NPS_COMMENTS.passive
                          : text.NPS_COMMENTS.detractor;
                counter++;
                this.out.add('SurveyResponse__c', {
                    Account__c: ref(this.ref),
                    Contact__c: ref(contact.ref),
                    SurveyType__c: 'NPS',
                    Score__c: score,
                    RespondedOn__c: formatDay(Math.min(this.endDay - 1, wave + r.int([0, 14]))),
                    Comment__c: r.chance(0.6) ? r.pick(pool) : undefined,
                    ExternalId__c: `${this.key}-SVY-${counter}`
                });
            }
        });
        // CSAT after support cases over the year, and after onboarding sessions for new customers.
        const onboarding = a.plan === 'onboarding';
        const csatCount = onboarding ? r.int([1, 2]) : Math.round(this.closedCaseCount * r.between([0.3, 0.7]));
        const age = this.endDay - this.customerSince;
        const respondents = this.contacts.filter((contact) => contact.role !== 'Executive Sponsor');
        for (let index = 0; index < csatCount; index++) {
            const daysAgo = onboarding ? r.int([3, Math.min(40, age - 5)]) : r.int([5, Math.min(330, age - 5)]);
            const day = this.endDay - daysAgo;
            const employed = respondents.filter((contact) => this.employedOn(contact, day));
            const score = r.int(a.csat);
            const pool =
                score >= 4
                    ? text.CSAT_COMMENTS.good
                    : score === 3
                      ? text.CSAT_COMMENTS.neutral
                      : text.CSAT_COMMENTS.bad;
            counter++;
            this.out.add('SurveyResponse__c', {
                Account__c: ref(this.ref),
                Contact__c: employed.length > 0 ? ref(r.pick(employed).ref) : undefined,
                SurveyType__c: 'CSAT',
                Score__c: score,
                RespondedOn__c: formatDay(day),
                Comment__c: r.chance(0.5) ? r.pick(pool) : undefined,
                ExternalId__c: `${this.key}-SVY-${counter}`
            });
        }
    }

    // --- Success plans -------------------------------------------------------------------------------------------

    private progress(): number {
        const p = this.rng.between(this.a.progress) + this.rng.between([-5, 5]);
        return clamp(p, 0, 100);
    }

    private objectiveStatus(p: number, start: number, due: number, qualitative: boolean): string {
        const today = this.endDay;
        if (p >= (qualitative ? 90 : 100)) {
            return 'Achieved';
        }
        if (due < today) {
            // Past due: a qualitative objective was judged met or not; a quantitative one fell short of its target.
            return qualitative && p >= 50 ? 'Achieved' : 'Missed';
        }
        if (qualitative) {
            return p >= 50 ? 'On track' : p >= 20 ? 'At risk' : 'Not started';
        }
        if (p <= 0) {
            return 'Not started';
        }
        const elapsed = clamp((today - start) / Math.max(1, due - start), 0, 1);
        return p >= elapsed * 75 ? 'On track' : 'At risk';
    }

    private quantitative(
        planRef: string,
        start: number,
        title: string,
        metric: string,
        baseline: number,
        target: number,
        offsetDays: number
    ): void {
        const p = this.progress();
        const due = start + offsetDays;
        this.out.add('SuccessObjective__c', {
            SuccessPlan__c: ref(planRef),
            Name: title,
            ObjectiveType__c: 'Quantitative',
            Metric__c: metric,
            Unit__c: '%',
            Baseline__c: round1(baseline),
            Target__c: round1(target),
            CurrentValue__c: round1(baseline + ((target - baseline) * p) / 100),
            DueDate__c: formatDay(due),
            Status__c: this.objectiveStatus(p, start, due, false)
        });
    }

    private qualitative(planRef: string, start: number, title: string, criteria: string, offsetDays: number): void {
        const p = this.progress();
        const due = start + offsetDays;
        this.out.add('SuccessObjective__c', {
            SuccessPlan__c: ref(planRef),
            Name: title,
            ObjectiveType__c: 'Qualitative',
            SuccessCriteria__c: criteria,
            DueDate__c: formatDay(due),
            Status__c: this.objectiveStatus(p, start, due, true)
        });
    }

    private milestone(planRef: string, start: number, title: string, description: string, offsetDays: number): void {
        const r = this.rng;
        const due = start + offsetDays;
        const today = this.endDay;
        const doneChance = clamp(this.a.progress[1] / 100 + 0.2, 0.2, 0.98);
        let completed: number | undefined;
        if (due < today && r.chance(doneChance)) {
            completed = Math.min(today - 1, due + r.int([-5, 7]));
        } else if (due >= today && due - today < 20 && r.chance(doneChance / 3)) {
            completed = today - r.int([1, 5]);
        }
        this.out.add('SuccessMilestone__c', {
            SuccessPlan__c: ref(planRef),
            Name: title,
            Description__c: description,
            DueDate__c: formatDay(due),
            CompletedOn__c: completed !== undefined ? formatDay(Math.max(start, completed)) : undefined
        });
    }

    private adoptionPlan(status: string, start: number): string {
        const r = this.rng;
        const planRef = this.out.add('SuccessPlan__c', {
            Account__c: ref(this.ref),
            Name: `Adoption plan ${formatDay(start).slice(0, 4)}`,
            DesiredOutcome__c: r.pick(text.DESIRED_OUTCOMES.adoption),
            Status__c: status,
            StartDate__c: formatDay(start),
            TargetDate__c: formatDay(start + 180),
            Template__c: 'Adoption'
        });
        const depthBaseline = Math.round(this.usageStart.depth);
        this.quantitative(
            planRef,
            start,
            'Broaden feature use',
            'Features used of those available',
            depthBaseline,
            Math.min(95, Math.max(60, depthBaseline + 15)),
            120
        );
        const stickBaseline = Math.round(this.usageStart.stickiness);
        this.quantitative(
            planRef,
            start,
            'Raise stickiness (DAU/MAU)',
            'Daily / monthly active users',
            stickBaseline,
            Math.max(30, stickBaseline + 8),
            90
        );
        this.qualitative(
            planRef,
            start,
            'Second team or use case live',
            'A second team or workflow uses the product in production, confirmed by its manager.',
            180
        );
        this.milestone(
            planRef,
            start,
            'Training for low-activity users',
            'Session held for users below the activity benchmark; office hours offered.',
            45
        );
        this.milestone(
            planRef,
            start,
            'Adoption review at the QBR',
            'Usage, feature depth and blockers reviewed with the customer; actions agreed.',
            90
        );
        return planRef;
    }

    private onboardingPlan(status: string): string {
        const r = this.rng;
        const start = this.customerSince;
        const planRef = this.out.add('SuccessPlan__c', {
            Account__c: ref(this.ref),
            Name: 'Onboarding plan',
            DesiredOutcome__c: r.pick(text.DESIRED_OUTCOMES.onboarding),
            Status__c: status,
            StartDate__c: formatDay(start),
            TargetDate__c: formatDay(start + 90),
            Template__c: 'Onboarding'
        });
        if (status === 'Achieved') {
            this.out.add('SuccessObjective__c', {
                SuccessPlan__c: ref(planRef),
                Name: 'Activate licensed seats',
                ObjectiveType__c: 'Quantitative',
                Metric__c: 'Licensed seats active',
                Unit__c: '%',
                Baseline__c: 0,
                Target__c: 60,
                CurrentValue__c: r.int([60, 80]),
                DueDate__c: formatDay(start + 60),
                Status__c: 'Achieved'
            });
            this.out.add('SuccessMilestone__c', {
                SuccessPlan__c: ref(planRef),
                Name: 'Onboarding close-out with the sponsor',
                Description__c: 'Review results against the kickoff criteria; hand over to the ongoing adoption plan.',
                DueDate__c: formatDay(start + 90),
                CompletedOn__c: formatDay(start + 90 + r.int([-5, 10]))
            });
            return planRef;
        }
        this.quantitative(planRef, start, 'Activate licensed seats', 'Licensed seats active', 0, 60, 60);
        this.qualitative(
            planRef,
            start,
            'First business outcome delivered',
            'The sponsor confirms the first use case is live and can name the result it produced.',
            75
        );
        this.milestone(
            planRef,
            start,
            'Kickoff held and success criteria agreed',
            'Kickoff with the executive sponsor and project lead; desired outcome and onboarding dates agreed.',
            7
        );
        this.milestone(
            planRef,
            start,
            'Technical setup complete',
            'SSO, integrations and data load done; admins trained.',
            30
        );
        this.milestone(
            planRef,
            start,
            'Onboarding close-out with the sponsor',
            'Review results against the kickoff criteria; hand over to the ongoing adoption plan.',
            90
        );
        return planRef;
    }

    private renewalPlan(): void {
        const r = this.rng;
        const start = this.renewalDate - 120;
        const planRef = this.out.add('SuccessPlan__c', {
            Account__c: ref(this.ref),
            Name: `Renewal readiness ${formatDay(this.renewalDate).slice(0, 7)}`,
            DesiredOutcome__c: r.pick(text.DESIRED_OUTCOMES.renewal),
            Status__c: this.a.plan === 'at-risk' ? 'At Risk' : 'Active',
            StartDate__c: formatDay(start),
            TargetDate__c: formatDay(this.renewalDate),
            Template__c: 'RenewalReadiness'
        });
        this.qualitative(
            planRef,
            start,
            'Open risks resolved',
            'Every open risk alert and escalated Case is resolved or has a mitigation the customer accepts.',
            60
        );
        this.milestone(
            planRef,
            start,
            'Decision makers and process confirmed',
            'Decision makers, procurement steps and budget timing confirmed with the customer.',
            7
        );
        this.milestone(
            planRef,
            start,
            'Executive business review held',
            "Value delivered and next year's goals reviewed with the executive sponsor.",
            30
        );
        this.milestone(
            planRef,
            start,
            'Renewal quote issued',
            'Quote with term, price and any upsell sent at least 45 days before renewal.',
            75
        );
        this.milestone(
            planRef,
            start,
            'Renewal signed',
            'Signed before the renewal date; thank-you note sent to the sponsor and working team.',
            115
        );
    }

    private emitPlans(): void {
        const r = this.rng;
        const churned = this.churnDate !== undefined;
        const established = this.a.plan !== 'onboarding';
        // Some established customers keep their achieved onboarding plan from the first 90 days.
        if (established && this.asOf - this.customerSince < 1100 && r.chance(0.3)) {
            this.onboardingPlan('Achieved');
        }
        switch (this.a.plan) {
            case 'onboarding':
                this.activePlanRef = this.onboardingPlan(this.a.progress[1] < 30 ? 'At Risk' : 'Active');
                break;
            case 'adoption':
                this.activePlanRef = this.adoptionPlan(churned ? 'Closed' : 'Active', this.endDay - r.int([20, 80]));
                break;
            case 'at-risk':
                this.activePlanRef = this.adoptionPlan(churned ? 'Closed' : 'At Risk', this.endDay - r.int([60, 140]));
                break;
            case 'sometimes': {
                const roll = r.float();
                if (roll < 0.5) {
                    this.activePlanRef = this.adoptionPlan('Active', this.endDay - r.int([20, 80]));
                } else if (roll < 0.65) {
                    this.adoptionPlan('Draft', this.endDay - r.int([0, 10]));
                }
                break;
            }
            case 'lapsed':
                this.adoptionPlan('Closed', this.endDay - r.int([380, 450]));
                break;
            case 'none':
                break;
        }
        const daysToRenewal = this.renewalDate - this.asOf;
        if (!churned && established && this.a.plan !== 'none' && this.a.plan !== 'lapsed' && daysToRenewal <= 120) {
            this.renewalPlan();
        }
    }

    // --- Business reviews ----------------------------------------------------------------------------------------

    private emitReviews(): void {
        const r = this.rng;
        const a = this.a;
        const churned = this.churnDate !== undefined;
        let cadence: { type: string; targets: number[] };
        if (a.plan === 'onboarding') {
            cadence = {
                type: 'Monthly',
                targets: [this.customerSince + 30, this.customerSince + 60].filter((day) => day < this.endDay - 3)
            };
        } else if (a.key === 'silent-smb') {
            cadence = { type: 'QBR', targets: [] };
        } else if (a.key === 'usage-feed-broken') {
            cadence = { type: 'QBR', targets: [this.endDay - r.int([150, 250])] };
        } else if (this.segment === 'Enterprise') {
            cadence = { type: 'QBR', targets: [0, 1, 2, 3].map((k) => this.endDay - 20 - 91 * k) };
        } else if (this.segment === 'Mid-Market') {
            cadence = { type: 'QBR', targets: [0, 1].map((k) => this.endDay - 30 - 182 * k) };
        } else {
            cadence = { type: 'QBR', targets: r.chance(0.3) ? [this.endDay - r.int([30, 150])] : [] };
        }
        const ebr = this.segment === 'Enterprise' && ['thriving-enterprise', 'expanding-power-user'].includes(a.key);
        const cancelLatest = a.key === 'at-risk' || a.key === 'churned-at-risk';
        let held = 0;
        cadence.targets.forEach((target, k) => {
            const type = ebr && k === 2 ? 'EBR' : cadence.type;
            const title = this.reviewTitle(type, target);
            if (cancelLatest && k === 0) {
                this.out.add('BusinessReview__c', {
                    Account__c: ref(this.ref),
                    Name: title,
                    ReviewType__c: type,
                    Status__c: 'Cancelled',
                    ReviewDate__c: formatDay(target),
                    SuccessPlan__c: this.activePlanRef ? ref(this.activePlanRef) : undefined,
                    CustomerFeedback__c: 'Customer cancelled; the sponsor did not confirm a new date.'
                });
                return;
            }
            const touch = this.touches
                .filter((candidate) => Math.abs(candidate.day - target) <= 20 && candidate.day < this.endDay)
                .sort((left, right) => Math.abs(left.day - target) - Math.abs(right.day - target))[0];
            if (!touch) {
                return;
            }
            touch.kind = 'meeting';
            touch.subject = `${type === 'Monthly' ? 'Onboarding check-in' : type}: ${this.identity.name}`;
            touch.durationMinutes = 60;
            held++;
            const followUpDue = touch.day + 2;
            const sent = followUpDue < this.endDay - 3 && !(cancelLatest && r.chance(0.5));
            const reviewRef = this.out.add('BusinessReview__c', {
                Account__c: ref(this.ref),
                Name: this.reviewTitle(type, touch.day),
                ReviewType__c: type,
                Status__c: sent ? 'Follow-up sent' : 'Held',
                ReviewDate__c: formatDay(touch.day),
                FollowUpDueOn__c: formatDay(followUpDue),
                FollowUpSentOn__c: sent ? formatDay(touch.day + r.int([1, 3])) : undefined,
                SuccessPlan__c: this.activePlanRef ? ref(this.activePlanRef) : undefined,
                CustomerInitiatives__c: r.pick(text.REVIEW_TEXT.initiatives),
                ValueDelivered__c: r.pick(text.REVIEW_TEXT.value),
                GoalsReviewed__c: r.pick(text.REVIEW_TEXT.goals),
                ProductRoadmap__c: r.pick(text.REVIEW_TEXT.roadmap),
                SellingOpportunities__c: r.pick(text.REVIEW_TEXT.selling),
                Outcomes__c: r.pick(text.REVIEW_TEXT.outcomes),
                NewGoals__c: r.pick(text.REVIEW_TEXT.newGoals),
                CustomerFeedback__c: r.pick(text.REVIEW_TEXT.feedback)
            });
            this.emitAttendees(reviewRef, touch);
        });
        if (!churned && held > 0 && !['usage-feed-broken', 'silent-smb'].includes(a.key)) {
            const day = this.asOf + r.int([7, 75]);
            const type = cadence.type;
            this.out.add('BusinessReview__c', {
                Account__c: ref(this.ref),
                Name: this.reviewTitle(type, day),
                ReviewType__c: type,
                Status__c: 'Planned',
                ReviewDate__c: formatDay(day),
                FollowUpDueOn__c: formatDay(day + 2),
                SuccessPlan__c: this.activePlanRef ? ref(this.activePlanRef) : undefined,
                CustomerInitiatives__c: r.pick(text.REVIEW_TEXT.initiatives),
                GoalsReviewed__c: r.pick(text.REVIEW_TEXT.goals),
                ProductRoadmap__c: r.pick(text.REVIEW_TEXT.roadmap)
            });
        }
    }

    private reviewTitle(type: string, day: number): string {
        const iso = formatDay(day);
        const year = iso.slice(0, 4);
        if (type === 'EBR') {
            return `EBR ${year}`;
        }
        if (type === 'Monthly') {
            return `Onboarding check-in ${iso.slice(0, 7)}`;
        }
        return `QBR Q${Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1} ${year}`;
    }

    /** Customer attendees: the contact the meeting was with, plus one or two colleagues (never a later sponsor). */
    private emitAttendees(reviewRef: string, touch: Touch): void {
        const r = this.rng;
        const attendees: ContactStory[] = touch.contact ? [touch.contact] : [];
        const others = r.shuffle(
            this.contacts.filter(
                (contact) =>
                    this.employedOn(contact, touch.day) &&
                    contact !== touch.contact &&
                    contact.role !== 'Executive Sponsor'
            )
        );
        attendees.push(...others.slice(0, r.int([1, 2])));
        for (const contact of attendees) {
            this.out.add('ReviewAttendee__c', {
                BusinessReview__c: ref(reviewRef),
                AttendeeType__c: 'Customer',
                Contact__c: ref(contact.ref),
                Role__c: contact.role,
                Attended__c: true
            });
        }
    }

    // --- Churn ----------------------------------------------------------------------------------------------------

    private emitChurnEvents(): void {
        const r = this.rng;
        if (this.churnDate !== undefined && this.churn) {
            this.out.add('ChurnEvent__c', {
                Account__c: ref(this.ref),
                ChurnType__c: 'Logo churn',
                ChurnDate__c: formatDay(this.churnDate),
                ArrLost__c: this.arrAt(this.churnDate - 1),
                Category__c: this.churn.category,
                Reason__c: this.churn.reason,
                Comment__c: this.churn.comment,
                CustomerStatedReason__c: this.churn.stated,
                Opportunity__c: this.lostRenewalRef ? ref(this.lostRenewalRef) : undefined
            });
        }
        if (this.contraction) {
            const [category, reason] = r.pick([
                ['Unavoidable', 'Budget cut'],
                ['Avoidable', 'Value not realised'],
                ['Avoidable', 'Price at renewal']
            ] as const);
            const opportunityRef = this.wonRenewalRefs.get(this.contraction.day);
            this.out.add('ChurnEvent__c', {
                Account__c: ref(this.ref),
                ChurnType__c: 'Contraction',
                ChurnDate__c: formatDay(this.contraction.day),
                ArrLost__c: Math.round((this.contraction.seats * this.pricePerSeat) / 100) * 100,
                Category__c: category,
                Reason__c: reason,
                Comment__c: `Renewed with ${this.contraction.seats} fewer seats.`,
                CustomerStatedReason__c:
                    reason === 'Budget cut'
                        ? 'We had to reduce licences this year.'
                        : 'We are not using all the seats.',
                Opportunity__c: opportunityRef ? ref(opportunityRef) : undefined
            });
        }
    }

    // --- Tasks and Events --------------------------------------------------------------------------------------

    private emitActivities(): void {
        const r = this.rng;
        const chronological = [...this.touches].sort((left, right) => left.day - right.day);
        for (const touch of chronological) {
            const whoId = touch.contact ? ref(touch.contact.ref) : undefined;
            if (touch.kind === 'meeting') {
                const minutes = r.int([14, 19]) * 60 + r.pick([0, 30]);
                this.out.add('Event', {
                    WhatId: ref(this.ref),
                    WhoId: whoId,
                    Subject: touch.subject ?? r.pick(text.TASK_SUBJECTS.meeting),
                    Type: 'Meeting',
                    ActivityDateTime: formatDateTime(touch.day, minutes),
                    DurationInMinutes: touch.durationMinutes ?? r.pick([30, 45, 60])
                });
            } else {
                this.out.add('Task', {
                    WhatId: ref(this.ref),
                    WhoId: whoId,
                    Subject: r.pick(text.TASK_SUBJECTS[touch.kind]),
                    Type: touch.kind === 'call' ? 'Call' : 'Email',
                    Status: 'Completed',
                    Priority: 'Normal',
                    ActivityDate: formatDay(touch.day)
                });
            }
        }
        // Open follow-ups due soon: what a CSM's task list looks like on the as-of date.
        const quiet = ['silent-smb', 'usage-feed-broken'].includes(this.a.key);
        if (this.churnDate === undefined && !quiet && r.chance(0.4)) {
            const contact = this.touches[0]?.contact;
            this.out.add('Task', {
                WhatId: ref(this.ref),
                WhoId: contact ? ref(contact.ref) : undefined,
                Subject: r.pick(text.FOLLOW_UP_SUBJECTS),
                Type: 'Call',
                Status: 'Not Started',
                Priority: this.a.plan === 'at-risk' ? 'High' : 'Normal',
                ActivityDate: formatDay(this.asOf + r.int([1, 21]))
            });
        }
    }
}

// ---------------------------------------------------------------------------------------------------------------

function companyIdentities(rng: Rng, count: number): Identity[] {
    const seen = new Set<string>();
    const identities: Identity[] = [];
    while (identities.length < count) {
        const prefix = rng.pick(text.COMPANY_PREFIXES);
        const [industry, suffixes] = rng.pick(text.INDUSTRIES);
        const name = `${prefix} ${rng.pick(suffixes)}`;
        if (seen.has(name)) {
            continue;
        }
        seen.add(name);
        const slug = name
            .toLowerCase()
            .replace(/&/g, 'and')
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/^-|-$/g, '');
        identities.push({ name, industry, domain: `${slug}.example.com` });
    }
    return identities;
}

const DOMAIN = 'lodestar-sample.example.com';

function person(
    key: string,
    firstName: string,
    lastName: string,
    title: string,
    permissionSet: SampleUser['permissionSet']
): SampleUser {
    const alias = `${firstName[0]}${lastName}`
        .toLowerCase()
        .replace(/[^a-z]/g, '')
        .slice(0, 8);
    return {
        key,
        firstName,
        lastName,
        alias,
        email: `${firstName}.${lastName}`.toLowerCase().replace(/[^a-z.]/g, '') + `@${DOMAIN}`,
        title,
        permissionSet,
        csmOf: [],
        ownerOf: []
    };
}

/** CSMs by segment (books sized as the guides suggest), the account executives, a CS leader and an admin. */
function assignUsers(accounts: AccountSummary[]): SampleUser[] {
    const csms: Record<Segment, SampleUser[]> = {
        Enterprise: [
            person('csm-maria-okafor', 'Maria', 'Okafor', 'Senior Customer Success Manager', 'Lodestar_CSM'),
            person('csm-daniel-weber', 'Daniel', 'Weber', 'Senior Customer Success Manager', 'Lodestar_CSM'),
            person('csm-priya-natarajan', 'Priya', 'Natarajan', 'Customer Success Manager', 'Lodestar_CSM'),
            person('csm-tom-brennan', 'Tom', 'Brennan', 'Customer Success Manager', 'Lodestar_CSM')
        ],
        'Mid-Market': [
            person('csm-sofia-reyes', 'Sofia', 'Reyes', 'Customer Success Manager', 'Lodestar_CSM'),
            person('csm-jamal-carter', 'Jamal', 'Carter', 'Customer Success Manager', 'Lodestar_CSM'),
            person('csm-hannah-lindqvist', 'Hannah', 'Lindqvist', 'Customer Success Manager', 'Lodestar_CSM')
        ],
        SMB: [person('csm-kai-nakamura', 'Kai', 'Nakamura', 'Scale Customer Success Manager', 'Lodestar_CSM')]
    };
    const owners: Record<Segment, SampleUser> = {
        Enterprise: person('ae-olivia-grant', 'Olivia', 'Grant', 'Enterprise Account Executive', 'Lodestar_Sales'),
        'Mid-Market': person('ae-marcus-hale', 'Marcus', 'Hale', 'Account Executive', 'Lodestar_Sales'),
        SMB: person('ae-lena-fischer', 'Lena', 'Fischer', 'Commercial Account Executive', 'Lodestar_Sales')
    };
    const counters: Record<Segment, number> = { Enterprise: 0, 'Mid-Market': 0, SMB: 0 };
    for (const account of accounts) {
        const pool = csms[account.segment];
        pool[counters[account.segment]++ % pool.length].csmOf.push(account.ref);
        owners[account.segment].ownerOf.push(account.ref);
    }
    return [
        ...csms.Enterprise,
        ...csms['Mid-Market'],
        ...csms.SMB,
        owners.Enterprise,
        owners['Mid-Market'],
        owners.SMB,
        person('leader-ingrid-sato', 'Ingrid', 'Sato', 'VP Customer Success', 'Lodestar_CS_Leader'),
        person('admin-ravi-menon', 'Ravi', 'Menon', 'Salesforce Administrator', 'Lodestar_Admin')
    ];
}

function applyNamespace(record: TreeRecord, namespace: string | undefined): TreeRecord {
    if (!namespace) {
        return record;
    }
    const result: TreeRecord = {
        attributes: {
            type: withNamespace(record.attributes.type, namespace),
            referenceId: record.attributes.referenceId
        }
    };
    for (const [name, value] of Object.entries(record)) {
        if (name !== 'attributes') {
            result[withNamespace(name, namespace)] = value;
        }
    }
    return result;
}

/** Generates the whole dataset in memory. Pure: same options, same bytes. */
export function generateDataset(options: GenerateOptions = {}): GeneratedDataset {
    const asOfText = options.asOf ?? DEFAULT_AS_OF;
    const asOf = parseDay(asOfText);
    const seed = options.seed ?? DEFAULT_SEED;
    const master = new Rng(`${seed}:master`);
    const allSlots = master.shuffle(
        ARCHETYPES.flatMap((archetype) => Array<Archetype>(archetype.count).fill(archetype))
    );
    const identities = companyIdentities(master, allSlots.length);
    const slots = options.limit === undefined ? allSlots : allSlots.slice(0, options.limit);
    const collector = new Collector();
    const accounts: AccountSummary[] = [];
    const sponsors: { account: string; contact: string }[] = [];
    const ordinals = new Map<string, number>();
    slots.forEach((archetype, position) => {
        const ordinal = ordinals.get(archetype.key) ?? 0;
        ordinals.set(archetype.key, ordinal + 1);
        const builder = new AccountBuilder(
            position + 1,
            ordinal,
            archetype,
            identities[position],
            asOf,
            seed,
            collector
        );
        accounts.push(builder.build());
        if (builder.sponsorContactRef) {
            sponsors.push({ account: builder.ref, contact: builder.sponsorContactRef });
        }
    });
    const users = assignUsers(accounts);

    // Which sObjects are referenced by later records (their referenceIds must be saved), and which hold references.
    const referencedPrefixes = new Set<string>();
    const holdsReferences = new Set<string>();
    for (const [sobject, records] of collector.records) {
        for (const record of records) {
            for (const value of Object.values(record)) {
                const target = referenceOf(value);
                if (target) {
                    referencedPrefixes.add(target.replace(/Ref\d+$/, ''));
                    holdsReferences.add(sobject);
                }
            }
        }
    }
    const files = new Map<string, string>();
    const plan: PlanEntry[] = [];
    const counts = new Map<string, number>();
    for (const [sobject, prefix] of PLAN_ORDER) {
        const records = collector.records.get(sobject) ?? [];
        counts.set(sobject, records.length);
        if (records.length === 0) {
            continue;
        }
        const typeName = withNamespace(sobject, options.namespace);
        const entry: PlanEntry = {
            sobject: typeName,
            saveRefs: referencedPrefixes.has(prefix),
            resolveRefs: holdsReferences.has(sobject),
            files: []
        };
        for (let start = 0, part = 1; start < records.length; start += TREE_FILE_LIMIT, part++) {
            const file = `${typeName}-${part}.json`;
            const chunk = records
                .slice(start, start + TREE_FILE_LIMIT)
                .map((record) => applyNamespace(record, options.namespace));
            files.set(file, toPrettyJson({ records: chunk }));
            entry.files.push(file);
        }
        plan.push(entry);
    }
    files.set(PLAN_FILE, toPrettyJson(plan));
    files.set(
        USERS_FILE,
        toPrettyJson({
            description:
                'Sample users for Lodestar. A tree import cannot create Users: the org and local-runtime loaders create these (username = <alias>.<org suffix>@' +
                DOMAIN +
                '), assign the persona permission set, then set Account.Csm__c for every account in csmOf and Account.OwnerId (and the OwnerId of its Opportunities) for every account in ownerOf. Account references are the referenceIds of the tree import.',
            asOf: asOfText,
            users
        })
    );
    files.set(
        POST_LOAD_FILE,
        toPrettyJson({
            description:
                'Lookups the tree import cannot set, because the target is inserted after the record. After the import, set Account.ExecutiveSponsor__c to the contact. Each contact is the account\u2019s current Executive Sponsor (StakeholderRole__c = Executive Sponsor, not left the company).',
            executiveSponsors: sponsors
        })
    );
    return { asOf: asOfText, seed, plan, files, counts, users, accounts };
}

/** Writes the dataset, replacing every .json file in the folder (other files, such as README.md, stay). */
export function writeDataset(dataset: GeneratedDataset, outDir: string): void {
    fs.mkdirSync(outDir, { recursive: true });
    for (const entry of fs.readdirSync(outDir)) {
        if (entry.endsWith('.json')) {
            fs.rmSync(path.join(outDir, entry));
        }
    }
    for (const [file, contents] of dataset.files) {
        fs.writeFileSync(path.join(outDir, file), contents);
    }
}

export function summarise(dataset: GeneratedDataset): string {
    const lines: string[] = [];
    let total = 0;
    lines.push(`Sample data as of ${dataset.asOf} (seed ${dataset.seed})`);
    lines.push('Records per object:');
    for (const [sobject, count] of dataset.counts) {
        total += count;
        lines.push(`  ${sobject.padEnd(22)} ${String(count).padStart(6)}`);
    }
    lines.push(`  ${'total'.padEnd(22)} ${String(total).padStart(6)}`);
    lines.push('Accounts per archetype:');
    for (const archetype of ARCHETYPES) {
        const count = dataset.accounts.filter((account) => account.archetype === archetype.key).length;
        lines.push(`  ${archetype.key.padEnd(22)} ${String(count).padStart(4)}  intended: ${archetype.intendedBand}`);
    }
    lines.push('CSM books:');
    for (const user of dataset.users.filter((candidate) => candidate.csmOf.length > 0)) {
        lines.push(`  ${user.key.padEnd(22)} ${String(user.csmOf.length).padStart(4)} accounts`);
    }
    return lines.join('\n');
}

function parseArgs(argv: string[]): { options: GenerateOptions; outDir: string } {
    const options: GenerateOptions = {};
    let outDir = path.join('dev', 'data');
    for (let index = 0; index < argv.length; index++) {
        const flag = argv[index];
        const value = argv[index + 1];
        if (value === undefined && flag.startsWith('--')) {
            throw new Error(`${flag} needs a value`);
        }
        switch (flag) {
            case '--as-of':
                options.asOf = value;
                index++;
                break;
            case '--seed':
                options.seed = Number(value);
                if (!Number.isInteger(options.seed)) {
                    throw new Error(`--seed must be an integer, not ${value}`);
                }
                index++;
                break;
            case '--out':
                outDir = value;
                index++;
                break;
            case '--namespace':
                options.namespace = value;
                index++;
                break;
            case '--limit':
                options.limit = Number(value);
                if (!Number.isInteger(options.limit) || options.limit < 1) {
                    throw new Error(`--limit must be a positive integer, not ${value}`);
                }
                index++;
                break;
            default:
                throw new Error(`unknown argument ${flag}`);
        }
    }
    return { options, outDir };
}

function main(): void {
    const { options, outDir } = parseArgs(process.argv.slice(2));
    // Relative to the repository root, so `npm run sample-data` works from any folder.
    const target = path.resolve(repoRoot, outDir);
    const dataset = generateDataset(options);
    writeDataset(dataset, target);
    console.log(summarise(dataset));
    // The health history, from the real scoring engine on the local Apex runtime (history.ts).
    const history = replayHistory(target, { namespace: options.namespace });
    const historyFiles = writeHistory(target, history.records, { namespace: options.namespace });
    console.log(
        `Health history: ${history.records.length} snapshots from the nightly scoring replayed on ${history.runs.length} dates ` +
            `(${history.runs[0]?.date} to ${history.runs[history.runs.length - 1]?.date}; weekly, and ${history.horizonDays} days before each of the ${history.outcomes} backtest outcomes), ` +
            `dataset loaded in ${history.loadMillis} ms, replayed in ${history.replayMillis} ms`
    );
    console.log(
        `Wrote ${dataset.files.size + historyFiles.length} files to ${path.relative(process.cwd(), target) || '.'}`
    );
}

if (require.main === module) {
    try {
        main();
    } catch (error) {
        console.error(error instanceof Error ? error.message : error);
        process.exitCode = 1;
    }
}
