/**
 * Outage handling off for stories and element tests: no retries, no circuit breaker, nothing
 * kept between them. Each then stands alone (the clients, shared by base URL, would otherwise
 * serve an earlier one's stored answer) and shows a failure at once. Tests and stories of the
 * outage behaviour set what they need after calling this.
 */
import { lastGood } from '../src/api/last-good.js';
import { policy } from '../src/api/outage.js';

const defaults = { ...policy };

export function withoutOutageHandling(): void {
  Object.assign(policy, defaults, { retries: 0, breaker: Infinity });
  lastGood.store = undefined;
}
