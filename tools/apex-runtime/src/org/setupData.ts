/**
 * Records every org has, even in a test that sees no data: the running user, the standard profiles and the
 * project's permission sets. Called when the org is created and at the start of every test.
 */
import type { InMemoryOrg } from './org';

export function seedSetupData(_org: InMemoryOrg): void {
    // Filled in by the users-and-access slice.
}
