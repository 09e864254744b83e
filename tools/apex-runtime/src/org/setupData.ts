/**
 * Records every org has, even in a test that sees no data: the organization, the standard profiles, the running
 * user and the project's permission sets. Called when the org is created and at the start of every test.
 *
 * Their Ids are fixed (counter 1, 2, 3... of each key prefix) so that the default running user's Id, ProfileId and
 * OrganizationId (src/runtime/runtime.ts DEFAULT_USER) name real rows.
 */
import { DEFAULT_USER } from '../runtime/runtime';
import { makeId } from '../values/id';
import type { SObjectInfo } from '../schema/schema';
import type { InMemoryOrg } from './org';
import { loadPermissionSets, PROFILE_ADMIN, STANDARD_PROFILES } from './permissions';

export function seedSetupData(org: InMemoryOrg): void {
    const seed = (objectName: string, rows: Array<Record<string, unknown>>): void => {
        const info = org.schema.getObject(objectName);
        if (!info) {
            return;
        }
        rows.forEach((row, i) => insertFixed(org, info, i + 1, row));
    };
    seed('Organization', [
        {
            Name: DEFAULT_USER.organizationName,
            IsSandbox: true,
            OrganizationType: 'Developer Edition',
            TimeZoneSidKey: DEFAULT_USER.timeZone,
            NamespacePrefix: null
        }
    ]);
    // System Administrator first: DEFAULT_USER.profileId is counter 1 of the Profile prefix.
    seed(
        'Profile',
        STANDARD_PROFILES.map((name) => ({ Name: name, UserType: 'Standard' }))
    );
    const adminProfile = org.store.rows('Profile').next().value;
    seed('User', [
        {
            Username: DEFAULT_USER.username,
            FirstName: DEFAULT_USER.firstName,
            LastName: DEFAULT_USER.lastName,
            Name: DEFAULT_USER.name,
            Alias: 'ruser',
            Email: DEFAULT_USER.email,
            IsActive: true,
            ProfileId: adminProfile?.fields.get('name') === PROFILE_ADMIN ? adminProfile.id : null,
            TimeZoneSidKey: DEFAULT_USER.timeZone,
            LocaleSidKey: DEFAULT_USER.locale,
            LanguageLocaleKey: DEFAULT_USER.language,
            EmailEncodingKey: 'UTF-8',
            UserType: DEFAULT_USER.userType
        }
    ]);
    seed(
        'PermissionSet',
        loadPermissionSets(org.packageDirs).map((set) => ({
            Name: set.name,
            Label: set.label,
            IsOwnedByProfile: false,
            NamespacePrefix: null
        }))
    );
}

/**
 * Inserts a row with Id counter `n` of the object's prefix. The store's own counter is advanced past it (on a
 * fresh org, by exactly one per row), so Ids the tests create later never collide with the seeded ones.
 */
function insertFixed(org: InMemoryOrg, info: SObjectInfo, n: number, row: Record<string, unknown>): void {
    org.store.newId(info);
    const fields = new Map<string, unknown>();
    for (const [name, value] of Object.entries(row)) {
        fields.set(name.toLowerCase(), value);
    }
    fields.set('id', makeId(info.keyPrefix, n));
    org.store.insert(info, fields);
}
