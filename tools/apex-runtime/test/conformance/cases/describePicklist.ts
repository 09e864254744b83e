import type { ConformanceCase } from '../case';

const ENTRY = 'Apex Reference, PicklistEntry Class';

export const cases: ConformanceCase[] = [
    {
        name: 'picklist entries carry the label and the default flag their metadata declares',
        cite: `${ENTRY}: getValue "Returns the API name of this item in the picklist", getLabel "Returns the display name of this item in the picklist", isDefaultValue "Returns true if this item must be the default item in the picklist"; Metadata API, Picklist (valueSetDefinition value): fullName, label, default`,
        apex: `for (Schema.PicklistEntry entry : DescribeGadget__c.Size__c.getDescribe().getPicklistValues()) {
    System.debug(entry.getValue() + '|' + entry.getLabel() + '|' + entry.isDefaultValue() + '|' + entry.isActive());
}`,
        debug: ['S|Small & light|false|true', 'M|Medium|true|true', 'L|Large|false|true']
    }
];
