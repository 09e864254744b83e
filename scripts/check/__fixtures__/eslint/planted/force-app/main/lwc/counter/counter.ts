import { LightningElement, api } from 'lwc';

export default class Counter extends LightningElement {
    @api label = 'Count';
    count = 0;

    increment(): void {
        if (this.count == 10) {
            return;
        }
        this.count += 1;
    }
}
