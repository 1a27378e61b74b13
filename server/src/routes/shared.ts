import { Type, type TRefUnsafe } from '@sinclair/typebox';
import { Problem } from '../schemas/index.js';
import type { Store } from '../store/store.js';

/** Options every resource plugin receives. */
export interface ResourceOptions {
  store: Store;
}

/** Response schemas for the problem statuses a route can answer with. */
export function problemResponses<const S extends readonly number[]>(
  ...statuses: S
): Record<S[number], TRefUnsafe<typeof Problem>> {
  return Object.fromEntries(statuses.map((s) => [s, Type.Ref(Problem)])) as Record<
    S[number],
    TRefUnsafe<typeof Problem>
  >;
}
