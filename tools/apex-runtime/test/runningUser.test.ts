import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_USER } from '../src/runtime/runtime';
import { checksumSuffix } from '../src/values/id';

// An 18-character Id ends with the case-safe checksum of its first 15 characters (Apex Developer Guide, "Primitive
// Data Types", Id: "If you set ID to a 15-character value, Apex converts the value to its 18-character
// representation"); Id.valueOf and the platform reject an 18-character Id whose suffix does not match.
test("the default running user's Ids carry valid checksums", () => {
    for (const [field, id] of [
        ['id', DEFAULT_USER.id],
        ['profileId', DEFAULT_USER.profileId],
        ['organizationId', DEFAULT_USER.organizationId]
    ]) {
        assert.equal(id.length, 18, field);
        assert.equal(id.slice(15), checksumSuffix(id.slice(0, 15)), `${field} ${id}`);
    }
});
