import type { ApiError } from '../api/errors.js';

export interface PbgdplErrorDetail {
  error: ApiError;
}

/** A request failed; the widget shows its error state with a retry button. */
export class PbgdplErrorEvent extends CustomEvent<PbgdplErrorDetail> {
  static readonly eventName = 'pbgdpl-error';

  constructor(detail: PbgdplErrorDetail) {
    super(PbgdplErrorEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pbgdpl-error': PbgdplErrorEvent;
  }
}
