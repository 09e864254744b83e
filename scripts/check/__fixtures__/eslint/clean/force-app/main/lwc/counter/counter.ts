import { LightningElement, api } from 'lwc';

export default class Counter extends LightningElement {
    @api label = 'Count';
    count = 0;

    increment(): void {
        this.count += 1;
    }
}
