/**
 * The Apex source of the platform's Metadata namespace classes, compiled into every Program beside the project's
 * classes (see src/platform/metadata.ts). Kept in Apex so the data classes behave exactly like Apex classes
 * (fields, JSON, equality, subclassing DeployCallbackContext in tests).
 */
export const METADATA_SOURCE_PATH = '<platform>/Metadata.cls';

export const METADATA_SOURCE = `/**
 * The part of the Apex Metadata namespace the local runtime supports, written in Apex: the data classes keep the
 * documented property names and types (Apex Reference Guide, "Metadata Namespace"), and
 * Operations.enqueueDeployment is implemented natively (src/platform/metadata.ts). Anything else in the namespace
 * (Layout, retrieve, MetadataType...) is not declared, so the compiler reports it as Unsupported.
 */
public class Metadata {
    /** "Metadata.DeployStatus": the state of a deployment. */
    public enum DeployStatus {
        Pending,
        InProgress,
        Succeeded,
        SucceededPartial,
        Failed,
        Canceling,
        Canceled
    }

    /** "Metadata.DeployProblemType": whether a component message is an error or a warning. */
    public enum DeployProblemType {
        Warning,
        Error
    }

    /** "Metadata.Metadata": the base class of metadata components. */
    public abstract class Metadata {
        public String fullName;
    }

    /** "Metadata.CustomMetadata": a record of a custom metadata type. */
    public class CustomMetadata extends Metadata.Metadata {
        public String description;
        public String label;
        public Boolean protected_x;
        public List<CustomMetadataValue> values = new List<CustomMetadataValue>();
    }

    /** "Metadata.CustomMetadataValue": one field value of a custom metadata record. */
    public class CustomMetadataValue {
        public String field;
        public Object value;
    }

    /** "Metadata.DeployContainer": the components to deploy. */
    public class DeployContainer {
        private List<Metadata.Metadata> components = new List<Metadata.Metadata>();

        public void addMetadata(Metadata.Metadata md) {
            components.add(md);
        }

        public List<Metadata.Metadata> getMetadata() {
            return components;
        }

        public Boolean removeMetadata(Metadata.Metadata md) {
            for (Integer i = 0; i < components.size(); i++) {
                if (components[i] === md) {
                    components.remove(i);
                    return true;
                }
            }
            return false;
        }

        public Boolean removeMetadataByFullName(String fullName) {
            for (Integer i = 0; i < components.size(); i++) {
                if (components[i].fullName == fullName) {
                    components.remove(i);
                    return true;
                }
            }
            return false;
        }
    }

    /** "Metadata.DeployCallback": implemented by the class the platform calls when a deployment ends. */
    public interface DeployCallback {
        void handleResult(DeployResult result, DeployCallbackContext context);
    }

    /** "Metadata.DeployCallbackContext": tests subclass it and override getCallbackJobId(), as documented. */
    public virtual class DeployCallbackContext {
        private Id callbackJobId;

        public virtual Id getCallbackJobId() {
            return callbackJobId;
        }
    }

    /** "Metadata.DeployResult": how a deployment ended. */
    public class DeployResult {
        public String canceledBy;
        public String canceledByName;
        public Boolean checkOnly;
        public Datetime completedDate;
        public String createdBy;
        public String createdByName;
        public Datetime createdDate;
        public DeployDetails details;
        public Boolean done;
        public String errorMessage;
        public String errorStatusCode;
        public String id;
        public Boolean ignoreWarnings;
        public Datetime lastModifiedDate;
        public Integer numberComponentErrors;
        public Integer numberComponentsDeployed;
        public Integer numberComponentsTotal;
        public Integer numberTestErrors;
        public Integer numberTestsCompleted;
        public Integer numberTestsTotal;
        public Boolean rollbackOnError;
        public Boolean runTestsEnabled;
        public Datetime startDate;
        public String stateDetail;
        public DeployStatus status;
        public Boolean success;
    }

    /** "Metadata.DeployDetails": the components that deployed and the ones that failed. */
    public class DeployDetails {
        public List<DeployMessage> componentFailures;
        public List<DeployMessage> componentSuccesses;
    }

    /** "Metadata.DeployMessage": the outcome of one component. */
    public class DeployMessage {
        public Boolean changed;
        public Integer columnNumber;
        public String componentType;
        public Boolean created;
        public Datetime createdDate;
        public Boolean deleted;
        public String fileName;
        public String fullName;
        public String id;
        public Integer lineNumber;
        public String problem;
        public DeployProblemType problemType;
        public Boolean success;
    }

    /** "Metadata.Operations": only enqueueDeployment is supported. */
    public class Operations {
        public static Id enqueueDeployment(DeployContainer container, DeployCallback callback) {
            // Replaced by the native implementation when the program is built.
            return null;
        }
    }
}
`;
