import type { ConformanceCase } from '../case';

const POST_INSTALL = 'Second-Generation Managed Packaging Developer Guide, How Does a Post Install Script Work?';
const EXAMPLE = 'Second-Generation Managed Packaging Developer Guide, Example of a Post Install Script';
const VERSION = 'Apex Reference, Version Class';

const HANDLER = `public class H implements InstallHandler {
    public void onInstall(InstallContext context) {
        System.debug(context.previousVersion() == null);
        System.debug(context.isUpgrade());
        System.debug(context.isPush());
    }
}
`;

export const cases: ConformanceCase[] = [
    {
        name: 'Test.testInstall with a null version runs onInstall as a first install',
        cite: `${EXAMPLE}: "If the previous version is null, that is, the package is being installed for the first time"; Test.testInstall takes "A class that implements the InstallHandler interface. A Version object that specifies the version number of the existing package. An optional Boolean value that is true if the installation is a push. The default is false."`,
        test: true,
        apex: `${HANDLER}Test.testInstall(new H(), null);`,
        debug: ['true', 'false', 'false']
    },
    {
        name: 'Test.testInstall with a version and isPush runs onInstall as a pushed upgrade from that version',
        cite: `${POST_INSTALL}: the context gives "The version number of the previously installed package (specified using the Version class) ... Whether the installation is an upgrade. Whether the installation is a push"; ${EXAMPLE}: Test.testInstall(postinstall, new Version(1,0), true)`,
        test: true,
        apex: `public class H implements InstallHandler {
    public void onInstall(InstallContext context) {
        System.debug(context.previousVersion().major());
        System.debug(context.previousVersion().minor());
        System.debug(context.isUpgrade());
        System.debug(context.isPush());
    }
}
Test.testInstall(new H(), new Version(1, 0), true);`,
        debug: ['1', '0', 'true', 'true']
    },
    {
        name: 'the install context names the org and the installing user',
        cite: `${POST_INSTALL}: "The org ID of the organization in which the installation takes place. The user ID of the user who initiated the installation."; InstallContext: ID organizationId(); ID installerId()`,
        test: true,
        apex: `public class H implements InstallHandler {
    public void onInstall(InstallContext context) {
        System.debug(context.organizationId() == UserInfo.getOrganizationId());
        System.debug(context.installerId() == UserInfo.getUserId());
    }
}
Test.testInstall(new H(), new Version(2, 1, 3));`,
        debug: ['true', 'true']
    },
    {
        name: 'a three-part Version has a patch number, a two-part one none',
        cite: `${VERSION}: "Version(major, minor, patch): Creates a three-part package version"; "Since the System.requestVersion method doesn't return a patch number, the patch number in the returned Version object is null."`,
        apex: `Version full = new Version(2, 1, 3);
System.debug(full.major());
System.debug(full.minor());
System.debug(full.patch());
System.debug(new Version(1, 0).patch());`,
        debug: ['2', '1', '3', 'null']
    }
];
