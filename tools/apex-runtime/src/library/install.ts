/**
 * Post-install scripts: System.Version, the System.InstallContext a package's InstallHandler receives, and
 * Test.testInstall, which runs a handler as the platform would after an install or upgrade.
 *
 * "The onInstall method takes a context object as its argument, which provides ... The org ID of the organization
 * in which the installation takes place. The user ID of the user who initiated the installation. The version number
 * of the previously installed package (specified using the Version class) ... Whether the installation is an
 * upgrade. Whether the installation is a push" (Second-Generation Managed Packaging Developer Guide, How Does a Post
 * Install Script Work?). Test.testInstall takes "A class that implements the InstallHandler interface. A Version
 * object that specifies the version number of the existing package. An optional Boolean value that is true if the
 * installation is a push. The default is false." (Example of a Post Install Script).
 */
import { nullPointer } from '../runtime/errors';
import type { Frame } from '../runtime/frame';
import { ApexId } from '../values/id';
import { LibValue } from '../values/misc';
import { ApexObject } from '../values/objects';
import { defineLibType, method } from './registry';

const Version = defineLibType('System.Version', 'Version');
const InstallContext = defineLibType('System.InstallContext', 'InstallContext');
const Test = defineLibType('System.Test', 'Test');

/** A package version: major.minor, or major.minor.patch (patch() is null for a two-part version). */
export class VersionValue extends LibValue {
    readonly libTypeName = 'System.Version';
    constructor(
        readonly majorNumber: number,
        readonly minorNumber: number,
        readonly patchNumber: number | null
    ) {
        super();
    }
}

/** The context of one install or upgrade. */
export class InstallContextValue extends LibValue {
    readonly libTypeName = 'System.InstallContext';
    constructor(
        readonly organizationId: ApexId | null,
        readonly installerId: ApexId | null,
        readonly previous: VersionValue | null,
        readonly push: boolean
    ) {
        super();
    }
}

// "Version(major, minor): Creates a two-part package version"; "Version(major, minor, patch): Creates a three-part
// package version" (Apex Reference, Version Class).
method(Version, 'System.Version new(Integer, Integer, Integer?)', (_self, [major, minor, patch]) => {
    if (major === null || minor === null) {
        throw nullPointer();
    }
    return new VersionValue(major as number, minor as number, (patch as number | null | undefined) ?? null);
});
method(Version, 'Integer major()', (self: VersionValue) => self.majorNumber);
method(Version, 'Integer minor()', (self: VersionValue) => self.minorNumber);
method(Version, 'Integer patch()', (self: VersionValue) => self.patchNumber);

method(InstallContext, 'Id organizationId()', (self: InstallContextValue) => self.organizationId);
method(InstallContext, 'Id installerId()', (self: InstallContextValue) => self.installerId);
// An upgrade is an install over a previous version: "If the previous version is null, that is, the package is being
// installed for the first time" (Example of a Post Install Script).
method(InstallContext, 'Boolean isUpgrade()', (self: InstallContextValue) => self.previous !== null);
method(InstallContext, 'Boolean isPush()', (self: InstallContextValue) => self.push);
method(InstallContext, 'System.Version previousVersion()', (self: InstallContextValue) => self.previous);

/**
 * Test.testInstall(installImplementation, version[, isPush]): calls the handler's onInstall with a context whose
 * previous version is `version` (null: a first install), in the test's own transaction, as the running user
 * ("You only see this user at runtime, not while running tests", Apex Reference, InstallHandler Interface).
 */
method(
    Test,
    'static void testInstall(Object, System.Version, Boolean?)',
    (_self, [handler, version, isPush], f: Frame) => {
        if (handler === null) {
            throw nullPointer();
        }
        const obj = handler as ApexObject;
        const onInstall = [...obj.cls.vtable.values()].find(
            (m) => m.lname === 'oninstall' && !m.isAbstract && m.params.length === 1
        );
        if (!onInstall) {
            throw new Error(`${obj.cls.fullName} does not implement System.InstallHandler`);
        }
        const context = new InstallContextValue(
            ApexId.parse(f.rt.user.organizationId),
            ApexId.parse(f.rt.user.id),
            (version as VersionValue | null) ?? null,
            (isPush as boolean | null | undefined) === true
        );
        f.rt.invoke(onInstall, obj, [context]);
        return null;
    }
);
