export interface PbgdplLoadDetail {
  /** Items shown now. */
  count: number;
  /** Items available across all pages. */
  total: number;
}

/** Items arrived and are on screen. Bubbles and crosses shadow roots. */
export class PbgdplLoadEvent extends CustomEvent<PbgdplLoadDetail> {
  static readonly eventName = 'pbgdpl-load';

  constructor(detail: PbgdplLoadDetail) {
    super(PbgdplLoadEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pbgdpl-load': PbgdplLoadEvent;
  }
}
