export default class WidgetCard {}
