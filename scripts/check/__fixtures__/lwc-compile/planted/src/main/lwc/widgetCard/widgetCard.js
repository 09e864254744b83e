import { LightningElement, api } from 'lwc';
export default class WidgetCard extends LightningElement {
    @api widgets = [];
    get hasWidgets() {
        return this.widgets.length > 0;
    }
}
