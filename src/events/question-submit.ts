export interface PbgdplQuestionSubmitDetail {
  /** The code the citizen uses to look the question up, e.g. `PB-7KQ4M-9XD2A`. */
  trackingCode: string;
}

/**
 * A citizen's question reached the service and was stored (whether at once or after being
 * queued through an outage). Never carries the question's text or contact data.
 */
export class PbgdplQuestionSubmitEvent extends CustomEvent<PbgdplQuestionSubmitDetail> {
  static readonly eventName = 'pbgdpl-question-submit';

  constructor(detail: PbgdplQuestionSubmitDetail) {
    super(PbgdplQuestionSubmitEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pbgdpl-question-submit': PbgdplQuestionSubmitEvent;
  }
}
