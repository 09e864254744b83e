import type { ConformanceCase } from '../case';

/** The fixture: DeployItem__mdt (Weight__c Number(3,2) required, Active__c, Note__c Text(10), Group__c -> DeployGroup__mdt). */
const DEPLOY = 'Apex Developer Guide, "Retrieving and Deploying Metadata"';
const CALLBACK = 'Apex Reference, DeployCallback Interface';
const CONTAINER = 'Apex Reference, DeployContainer Class';
const CUSTOM_METADATA = 'Apex Reference, CustomMetadata Class';
const OPERATIONS = 'Apex Reference, Operations Class';
const TESTING = 'Apex Developer Guide, "Testing Metadata Deployments"';
const UPDATE_API = 'Metadata API Developer Guide, updateMetadata(), "Required Fields" and "Valid Field Values"';

/** Prints the outcome and what getInstance/SOQL see when the callback runs. */
const CB = `public class CB implements Metadata.DeployCallback {
    public void handleResult(Metadata.DeployResult result, Metadata.DeployCallbackContext context) {
        System.debug('callback ' + result.status + ' ' + result.success);
        for (Metadata.DeployMessage m : result.details.componentFailures) {
            System.debug('failed ' + m.fullName + ' ' + m.success);
        }
    }
}
public static Metadata.CustomMetadata item(String name, String label, String field, Object value) {
    Metadata.CustomMetadata md = new Metadata.CustomMetadata();
    md.fullName = 'DeployItem__mdt.' + name;
    md.label = label;
    if (field != null) {
        Metadata.CustomMetadataValue v = new Metadata.CustomMetadataValue();
        v.field = field;
        v.value = value;
        md.values.add(v);
    }
    return md;
}
public static Id deploy(List<Metadata.CustomMetadata> records) {
    Metadata.DeployContainer c = new Metadata.DeployContainer();
    for (Metadata.CustomMetadata r : records) { c.addMetadata(r); }
    return Metadata.Operations.enqueueDeployment(c, new CB());
}
`;

export const cases: ConformanceCase[] = [
    {
        name: 'a new Metadata.CustomMetadata has an empty values list to add to',
        cite: `${CUSTOM_METADATA}, example: "Metadata.CustomMetadata customMetadata = new Metadata.CustomMetadata(); ... customMetadata.values.add(customField);"`,
        apex: `Metadata.CustomMetadata md = new Metadata.CustomMetadata();
System.debug(md.values.size());
Metadata.CustomMetadataValue v = new Metadata.CustomMetadataValue();
v.field = 'Weight__c';
v.value = 2;
md.values.add(v);
md.protected_x = false;
System.debug(md.values[0].field + '=' + md.values[0].value);
System.debug(md instanceof Metadata.Metadata);`,
        debug: ['0', 'Weight__c=2', 'true']
    },
    {
        name: 'DeployContainer adds, lists and removes components',
        cite: `${CONTAINER}: addMetadata(md), getMetadata() "Retrieves a list of custom metadata components from the container", removeMetadata(md) and removeMetadataByFullName(fullName) return "true if the container changed as a result of the call"`,
        apex: `Metadata.CustomMetadata a = new Metadata.CustomMetadata();
a.fullName = 'DeployItem__mdt.A';
Metadata.CustomMetadata b = new Metadata.CustomMetadata();
b.fullName = 'DeployItem__mdt.B';
Metadata.DeployContainer c = new Metadata.DeployContainer();
c.addMetadata(a);
c.addMetadata(b);
System.debug(c.getMetadata().size());
System.debug(c.removeMetadata(a));
System.debug(c.removeMetadata(a));
System.debug(c.removeMetadataByFullName('DeployItem__mdt.B'));
System.debug(c.getMetadata().size());`,
        debug: ['2', 'true', 'false', 'true', '0']
    },
    {
        name: 'enqueueDeployment returns the deployment Id and deploys after the transaction, then calls back',
        cite: `${DEPLOY}: "Use the Metadata.Operations.enqueueDeployment() method to asynchronously deploy metadata to the current org. Deployment is queued for asynchronous processing."; ${CALLBACK}: "Salesforce calls your DeployCallback.handleResult() method asynchronously once the queued deployment completes."`,
        apex: `${CB}Id jobId = deploy(new List<Metadata.CustomMetadata>{ item('First', 'First', 'Weight__c', 2.5) });
System.debug(String.valueOf(jobId).left(3));
System.debug('in the transaction ' + DeployItem__mdt.getInstance('First').Weight__c);`,
        debug: ['0Af', 'in the transaction 1', 'callback Succeeded true']
    },
    {
        name: 'a deployed record is read by getInstance, getAll and SOQL afterwards',
        cite: `${DEPLOY}: "you can create and update components" (custom metadata records, read with getAll(), getInstance() and SOQL)`,
        apex: `public class Check implements Metadata.DeployCallback {
    public void handleResult(Metadata.DeployResult result, Metadata.DeployCallbackContext context) {
        System.debug(DeployItem__mdt.getInstance('Second').Weight__c);
        System.debug(DeployItem__mdt.getAll().size());
        System.debug([SELECT MasterLabel FROM DeployItem__mdt WHERE DeveloperName = 'Second'].MasterLabel);
    }
}
Metadata.CustomMetadata md = new Metadata.CustomMetadata();
md.fullName = 'DeployItem__mdt.Second';
md.label = 'Second item';
Metadata.CustomMetadataValue v = new Metadata.CustomMetadataValue();
v.field = 'Weight__c';
v.value = 4;
md.values.add(v);
Metadata.DeployContainer c = new Metadata.DeployContainer();
c.addMetadata(md);
Metadata.Operations.enqueueDeployment(c, new Check());
System.debug(DeployItem__mdt.getAll().size());`,
        debug: ['1', '4', '2', 'Second item']
    },
    {
        name: 'an update changes the values given and keeps the others',
        cite: `${OPERATIONS}, "Example: Deploy Metadata": the example "update[s] the customField custom field value of the MetadataRecordName custom metadata record" by deploying a record with that one value and no label`,
        apex: `public class Check implements Metadata.DeployCallback {
    public void handleResult(Metadata.DeployResult result, Metadata.DeployCallbackContext context) {
        DeployItem__mdt first = DeployItem__mdt.getInstance('First');
        System.debug(result.status + ' ' + first.Weight__c + ' ' + first.Note__c + ' ' + first.MasterLabel);
    }
}
Metadata.CustomMetadata md = new Metadata.CustomMetadata();
md.fullName = 'DeployItem__mdt.First';
Metadata.CustomMetadataValue v = new Metadata.CustomMetadataValue();
v.field = 'Weight__c';
v.value = 3;
md.values.add(v);
Metadata.DeployContainer c = new Metadata.DeployContainer();
c.addMetadata(md);
Metadata.Operations.enqueueDeployment(c, new Check());`,
        debug: ['Succeeded 3 kept First']
    },
    {
        name: 'the callback runs as its own asynchronous transaction: its failure does not undo the deployment',
        cite: `${CALLBACK}: "Because the callback is called as asynchronous Apex after deployment, there may be a brief period where the deploy has completed, but your callback has not been called yet."`,
        apex: `public class Failing implements Metadata.DeployCallback {
    public void handleResult(Metadata.DeployResult result, Metadata.DeployCallbackContext context) {
        System.debug('async ' + System.isQueueable() + ' ' + Limits.getLimitQueries());
        Integer x = 1 / 0;
    }
}
public class Check implements Metadata.DeployCallback {
    public void handleResult(Metadata.DeployResult result, Metadata.DeployCallbackContext context) {
        System.debug(DeployItem__mdt.getInstance('Failing').Weight__c);
    }
}
${CB.split('public static Id deploy')[0]}Metadata.DeployContainer c = new Metadata.DeployContainer();
c.addMetadata(item('Failing', 'Failing', 'Weight__c', 6));
Metadata.Operations.enqueueDeployment(c, new Failing());
Metadata.DeployContainer other = new Metadata.DeployContainer();
other.addMetadata(item('Other', 'Other', 'Weight__c', 1));
Metadata.Operations.enqueueDeployment(other, new Check());`,
        debug: ['async false 200', '6']
    },
    {
        name: 'a record may reference another record of the same deployment',
        cite: `${OPERATIONS}, "Example: Create Two Metadata Records Synchronously": "Create a metadata record along with another one that references it in the same transaction."`,
        apex: `${CB}Metadata.CustomMetadata grp = new Metadata.CustomMetadata();
grp.fullName = 'DeployGroup__mdt.Extra';
grp.label = 'Extra';
deploy(new List<Metadata.CustomMetadata>{ item('Linked', 'Linked', 'Weight__c', 1), grp });
Metadata.CustomMetadata link = item('Linked2', 'Linked2', 'Weight__c', 1);
Metadata.CustomMetadataValue v = new Metadata.CustomMetadataValue();
v.field = 'Group__c';
v.value = 'Extra';
link.values.add(v);
deploy(new List<Metadata.CustomMetadata>{ link, grp });`,
        debug: ['callback Succeeded true', 'callback Succeeded true']
    },
    {
        name: 'a record with an unknown field fails the deployment, and nothing is applied',
        cite: `${CALLBACK}: the example branches on "result.status == Metadata.DeployStatus.Succeeded"; Apex Reference, DeployDetails Class: componentFailures "Contains a list of information about components that failed to deploy"`,
        apex: `${CB}public class After implements Metadata.DeployCallback {
    public void handleResult(Metadata.DeployResult result, Metadata.DeployCallbackContext context) {
        System.debug(result.numberComponentErrors + ' ' + result.details.componentFailures[0].problemType);
        System.debug(DeployItem__mdt.getInstance('Good') == null);
        System.debug(DeployItem__mdt.getInstance('First').Weight__c);
    }
}
deploy(new List<Metadata.CustomMetadata>{ item('Good', 'Good', 'Weight__c', 5), item('First', 'First', 'Nope__c', 'x') });
Metadata.DeployContainer c = new Metadata.DeployContainer();
c.addMetadata(item('Good', 'Good', 'Weight__c', 5));
c.addMetadata(item('First', 'First', 'Weight__c', 'heavy'));
Metadata.Operations.enqueueDeployment(c, new After());`,
        debug: ['callback Failed false', 'failed DeployItem__mdt.First false', '1 Error', 'true', '1']
    },
    {
        name: 'a new record without a label or a required field fails',
        cite: `${UPDATE_API}: "You must supply values for all the required fields in the component." and "You must supply values that are valid for the field's data type"`,
        apex: `${CB}deploy(new List<Metadata.CustomMetadata>{ item('NoLabel', null, 'Weight__c', 1) });
deploy(new List<Metadata.CustomMetadata>{ item('NoWeight', 'No weight', 'Note__c', 'x') });
deploy(new List<Metadata.CustomMetadata>{ item('TooLong', 'Too long', 'Weight__c', 1000) });
deploy(new List<Metadata.CustomMetadata>{ item('LongNote', 'Long note', 'Note__c', 'more than ten') });`,
        debug: [
            'callback Failed false',
            'failed DeployItem__mdt.NoLabel false',
            'callback Failed false',
            'failed DeployItem__mdt.NoWeight false',
            'callback Failed false',
            'failed DeployItem__mdt.TooLong false',
            'callback Failed false',
            'failed DeployItem__mdt.LongNote false'
        ]
    },
    {
        name: 'a record of an unknown type fails',
        cite: `${DEPLOY}: "Use the full name of the metadata component when retrieving and deploying metadata. The full name can include the namespace, metadata type, and component name."`,
        apex: `${CB}Metadata.CustomMetadata md = new Metadata.CustomMetadata();
md.fullName = 'Missing__mdt.X';
md.label = 'X';
deploy(new List<Metadata.CustomMetadata>{ md });`,
        debug: ['callback Failed false', 'failed Missing__mdt.X false']
    },
    {
        name: 'in a test, enqueueDeployment does not deploy',
        cite: `${TESTING}: tests verify "the set up of the deployment request and handling of the deployment results" and "use your callback class directly"; Trailhead, "Test Your Metadata Deployment": "You can't actually test how the org looks after the deployment." The exception type and message are as reported from orgs (not documented).`,
        test: true,
        apex: `${CB}Test.startTest();
deploy(new List<Metadata.CustomMetadata>{ item('First', 'First', 'Weight__c', 2) });
Test.stopTest();`,
        throws: { type: 'System.AsyncException', message: 'Metadata cannot be deployed from within a test' }
    },
    {
        name: 'a test builds a DeployResult and a DeployCallbackContext subclass to call the callback directly',
        cite: `${TESTING}: "You also must create test DeployResults and DeployCallbackContext instances to test your DeployCallback.handleResults() method. When creating a test instance of DeployCallbackContext, subclass DeployCallbackContext and provide your own implementation of getCallbackJobId()."`,
        test: true,
        apex: `public class TestingContext extends Metadata.DeployCallbackContext {
    public override Id getCallbackJobId() { return '707000000000001AAA'; }
}
public class Recorder implements Metadata.DeployCallback {
    public void handleResult(Metadata.DeployResult result, Metadata.DeployCallbackContext context) {
        System.debug(result.status + ' ' + result.errorMessage + ' ' + context.getCallbackJobId());
        System.debug(result.details.componentFailures[0].problem);
    }
}
Metadata.DeployResult result = new Metadata.DeployResult();
result.status = Metadata.DeployStatus.Failed;
result.success = false;
result.errorMessage = 'boom';
Metadata.DeployMessage failure = new Metadata.DeployMessage();
failure.problem = 'bad value';
result.details = new Metadata.DeployDetails();
result.details.componentFailures = new List<Metadata.DeployMessage>{ failure };
new Recorder().handleResult(result, new TestingContext());
System.debug(new Metadata.DeployCallbackContext().getCallbackJobId());`,
        debug: ['Failed boom 707000000000001AAA', 'bad value', 'null']
    },
    {
        name: 'DeployStatus has the documented values',
        cite: 'Apex Reference, DeployStatus Enum: Pending, InProgress, Succeeded, SucceededPartial, Failed, Canceling, Canceled',
        apex: `System.debug(Metadata.DeployStatus.values());
Metadata.DeployStatus s = Metadata.DeployStatus.SucceededPartial;
switch on s {
    when Succeeded { System.debug('all'); }
    when SucceededPartial { System.debug('partial'); }
    when else { System.debug('other'); }
}`,
        debug: ['(Pending, InProgress, Succeeded, SucceededPartial, Failed, Canceling, Canceled)', 'partial']
    }
];
