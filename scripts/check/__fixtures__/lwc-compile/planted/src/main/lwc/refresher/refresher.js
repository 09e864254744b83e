import { LightningElement } from 'lwc';
export default class Refresher extends LightningElement {
    connectedCallback() {
        $A.get('e.force:refreshView').fire();
    }
}
