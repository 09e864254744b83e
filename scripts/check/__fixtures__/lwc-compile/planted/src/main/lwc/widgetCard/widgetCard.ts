import { LightningElement, api } from 'lwc';

export default class WidgetCard extends LightningElement {
    @api widgets: { id: string; name: string }[] = [];

    get hasWidgets(): boolean {
        return this.widgets.length > 0;
    }
}
