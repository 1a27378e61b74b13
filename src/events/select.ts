export interface PbgdplSelectDetail {
  /** Id of the item the citizen opened. */
  id: string;
}

/**
 * A citizen opened an item. Cancelable: call `preventDefault()` to handle the navigation
 * yourself (e.g. go to the item's page on your site) instead of the inline detail view.
 */
export class PbgdplSelectEvent extends CustomEvent<PbgdplSelectDetail> {
  static readonly eventName = 'pbgdpl-select';

  constructor(detail: PbgdplSelectDetail) {
    super(PbgdplSelectEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pbgdpl-select': PbgdplSelectEvent;
  }
}
