/**
 * Who may do what in Lodestar: the four persona permission sets, as rules.
 * The permission-set XML under force-app/main/common/permissionsets is generated from these rules and the field
 * metadata (`npm run permissions`), so a new field gets the right access everywhere, and a check fails when the
 * committed XML and the rules disagree.
 */

/** Fields only Lodestar's Apex writes (scores, snapshots, run summaries...). No persona may edit them. */
export const DERIVED_FIELDS: Record<string, string[]> = {
    Account: [
        'HealthScore__c',
        'HealthBand__c',
        'HealthState__c',
        'HealthCoverage__c',
        'HealthScoredAt__c',
        'HealthModel__c',
        'HealthChange30d__c',
        'HealthTrend__c',
        'HealthTopDrag__c',
        'HealthEffectiveBand__c',
        'HealthOverrideSetBy__c',
        'HealthOverrideSetAt__c',
        'TouchCadence__c',
        'LastMeaningfulTouchOn__c',
        'NextTouchDueOn__c'
    ],
    HealthSnapshot__c: ['*'],
    HealthScoringRun__c: ['*'],
    HealthScoringError__c: ['*'],
    HealthModelDeployment__c: ['*'],
    RiskAlert__c: [
        'AlertKey__c',
        'ConditionActive__c',
        'RaisedOn__c',
        'Detail__c',
        'Play__c',
        'AssignedTo__c',
        'TaskId__c'
    ],
    SuccessPlan__c: ['Progress__c', 'ObjectivesAtRisk__c', 'OverdueMilestones__c'],
    SuccessObjective__c: ['Progress__c', 'LastReviewedOn__c'],
    ObjectiveUpdate__c: [
        'BusinessReview__c',
        'UpdatedOn__c',
        'PreviousValue__c',
        'NewValue__c',
        'PreviousStatus__c',
        'NewStatus__c',
        'Progress__c'
    ],
    BusinessReview__c: [
        'HealthScoreAtReview__c',
        'HealthBandAtReview__c',
        'HealthSnapshot__c',
        'PrepBriefGeneratedAt__c'
    ],
    ChurnEvent__c: ['HealthBandAtChurn__c', 'HealthScoreAtChurn__c', 'FirstWarningOn__c', 'WarningSignal__c'],
    ExpansionSignal__c: [
        'SignalType__c',
        'Strength__c',
        'Evidence__c',
        'EvidenceValue__c',
        'DetectedOn__c',
        'LastConfirmedOn__c',
        'SuppressedUntil__c',
        'ConvertedOpportunity__c',
        'SignalKey__c'
    ]
};

/** Access to an object's records, and to its fields. */
export interface ObjectGrant {
    create?: boolean;
    edit?: boolean;
    delete?: boolean;
    viewAll?: boolean;
    modifyAll?: boolean;
    /**
     * Fields the persona may edit: 'all' means every field that is not derived; a list names them.
     * Omitted: the persona reads every field and edits none. Reading is always granted on a granted object.
     */
    editableFields?: 'all' | string[];
}

export interface Persona {
    /** Permission set API name. */
    name: string;
    label: string;
    description: string;
    /** Object API name → access. Objects not listed: no access. */
    objects: Record<string, ObjectGrant>;
    /** Feature folders whose @AuraEnabled controllers the persona may call. */
    controllerFeatures: string[];
    /** May call the setup page's controllers (classes named `...AdminController`). */
    adminControllers?: boolean;
    /** Lightning page tabs (tabs/*.tab-meta.xml with a flexiPage) the persona sees; object tabs follow `objects`. */
    tabs?: string[];
}

const READ: ObjectGrant = {};
const READ_ALL: ObjectGrant = { viewAll: true };
const FULL: ObjectGrant = {
    create: true,
    edit: true,
    delete: true,
    viewAll: true,
    modifyAll: true,
    editableFields: 'all'
};
const WORK: ObjectGrant = { create: true, edit: true, delete: true, editableFields: 'all' };

// Standard objects are granted Read only: editing Accounts, Contacts and Opportunities comes from the org's own
// profiles, and a managed package must not widen it. Lodestar's own fields on them are granted below.
const ACCOUNT_CSM_FIELDS = [
    'HealthOverrideBand__c',
    'HealthOverrideReason__c',
    'HealthOverrideExpiresOn__c',
    'CsmSentiment__c',
    'CsmSentimentUpdatedOn__c',
    'LifecycleStage__c',
    'ExecutiveSponsor__c',
    'ChurnedOn__c',
    'ChurnCategory__c',
    'ChurnReason__c',
    'ChurnComment__c',
    'CustomerStatedChurnReason__c'
];
const CONTACT_CSM_FIELDS = ['StakeholderRole__c', 'HasLeftCompany__c', 'LeftCompanyOn__c'];
const OPPORTUNITY_CHURN_FIELDS = [
    'ChurnCategory__c',
    'ChurnReason__c',
    'ChurnComment__c',
    'CustomerStatedChurnReason__c'
];
const SIGNAL_ACTION_FIELDS = ['Status__c', 'StatusReason__c', 'Opportunity__c'];

const csmObjects: Record<string, ObjectGrant> = {
    Account: { editableFields: ACCOUNT_CSM_FIELDS },
    Contact: { editableFields: CONTACT_CSM_FIELDS },
    Opportunity: { editableFields: OPPORTUNITY_CHURN_FIELDS },
    ProductUsage__c: READ,
    SurveyResponse__c: READ,
    HealthSnapshot__c: READ,
    RiskAlert__c: { edit: true, editableFields: ['Status__c', 'ClosedOn__c'] },
    SuccessPlan__c: WORK,
    SuccessObjective__c: WORK,
    ObjectiveUpdate__c: { create: true, edit: true, editableFields: 'all' },
    SuccessMilestone__c: WORK,
    BusinessReview__c: WORK,
    ReviewAttendee__c: WORK,
    ChurnEvent__c: { create: true, edit: true, editableFields: 'all' },
    ExpansionSignal__c: { edit: true, editableFields: SIGNAL_ACTION_FIELDS }
};

export const PERSONAS: Persona[] = [
    {
        name: 'Lodestar_CSM',
        label: 'Lodestar: Customer Success Manager',
        description:
            'For CSMs: see every account health score and why, override a band with a reason and expiry, run success plans, business reviews and risk alerts, and record churn.',
        objects: csmObjects,
        controllerFeatures: ['common', 'health', 'success', 'reviews', 'churn', 'expansion', 'portfolio']
    },
    {
        name: 'Lodestar_Sales',
        label: 'Lodestar: Sales',
        description:
            'For sales reps and account executives: read account health and risk, and act on expansion signals (accept, dismiss, convert to an opportunity). Cannot override health.',
        objects: {
            Account: READ,
            Contact: READ,
            Opportunity: { editableFields: ['DealType__c', ...OPPORTUNITY_CHURN_FIELDS] },
            ProductUsage__c: READ,
            SurveyResponse__c: READ,
            HealthSnapshot__c: READ,
            RiskAlert__c: READ,
            ExpansionSignal__c: { edit: true, editableFields: SIGNAL_ACTION_FIELDS }
        },
        // portfolio: the Lodestar app's Home is the CSM home; a rep who is no account's CSM sees an empty book there.
        controllerFeatures: ['common', 'health', 'expansion', 'portfolio']
    },
    {
        name: 'Lodestar_CS_Leader',
        label: 'Lodestar: CS Leader',
        description:
            'For customer success leaders: everything a CSM can do, plus View All on Lodestar records across the portfolio, scoring run history, and churn analysis.',
        objects: {
            ...Object.fromEntries(
                Object.entries(csmObjects).map(([object, grant]) => [
                    object,
                    object.endsWith('__c') ? { ...grant, viewAll: true } : grant
                ])
            ),
            ChurnEvent__c: { create: true, edit: true, delete: true, viewAll: true, editableFields: 'all' },
            HealthScoringRun__c: READ_ALL,
            HealthScoringError__c: READ_ALL
        },
        controllerFeatures: ['common', 'health', 'success', 'reviews', 'churn', 'expansion', 'portfolio']
    },
    {
        name: 'Lodestar_Admin',
        label: 'Lodestar: Admin',
        description:
            'For the admin who runs Lodestar: full access to Lodestar records, the setup page, the nightly job and its run history. Fields that scoring computes stay read-only for everyone.',
        objects: {
            Account: { editableFields: 'all' },
            Contact: { editableFields: 'all' },
            Opportunity: { editableFields: 'all' },
            ProductUsage__c: FULL,
            SurveyResponse__c: FULL,
            HealthSnapshot__c: FULL,
            HealthScoringRun__c: FULL,
            HealthScoringError__c: FULL,
            HealthModelDeployment__c: FULL,
            RiskAlert__c: FULL,
            SuccessPlan__c: FULL,
            SuccessObjective__c: FULL,
            ObjectiveUpdate__c: FULL,
            SuccessMilestone__c: FULL,
            BusinessReview__c: FULL,
            ReviewAttendee__c: FULL,
            ChurnEvent__c: FULL,
            ExpansionSignal__c: FULL
        },
        controllerFeatures: ['common', 'health', 'success', 'reviews', 'churn', 'expansion', 'portfolio'],
        adminControllers: true,
        // The setup page: the health model editor, the nightly job monitor and the backtest.
        tabs: ['Lodestar_Setup']
    }
];
