// What a request may carry. The runtime's own: the layers above (the plugin, the server, the
// event receiver) re-export these.

/** Limits on what a request may carry; anything beyond gets 400 INVALID_FORMAT. */
export interface Limits {
  /** Largest request body, in bytes. */
  readonly bodyBytes: number;
  /**
   * Most bytes of request bodies held at once, over all requests being read or served: a body
   * counts its Content-Length (a chunked one, its bytes as they arrive) until its answer is sent. A
   * request that would go past it (when another is in flight) is answered 503 OVERLOAD_LIMIT
   * without its body being kept, which clients retry. Bounds the memory large concurrent
   * bodies take.
   */
  readonly bodyBytesInFlight: number;
  /** Deepest nesting of arrays and objects (JSON and form bodies, query string). */
  readonly depth: number;
  /** Most items in one array. */
  readonly arrayLength: number;
  /** Most form/query parameters, and most keys in one object. */
  readonly parameters: number;
  /**
   * Most items of a JSON body's arrays and objects together: each array and object is within
   * its own limits, but nested they could still hold millions, which parsing would build.
   */
  readonly jsonItems: number;
}

/**
 * Default limits.
 * - bodyBytes, 128 MiB: fits the worst case of the contract's AVATAR, a 5000x5000 image that
 *   does not compress at all (24-bit: 75,000,054 bytes as BMP, 100,000,072 in base64, about
 *   106.3 MB once a form body percent-encodes `+` and `/`), with room for the other parameters.
 * - bodyBytesInFlight, 256 MiB: two bodies at the limit at once (any number of usual ones);
 *   64 concurrent bodies at the limit then stay under 1 GiB of RSS (test/memory.test.ts).
 * - parameters, 1000: PHP's `max_input_vars` default, what a portal reads at most.
 * - arrayLength, 1000: the same bound for one array (USERS).
 * - depth, 8: no parameter of the contract nests deeper than 2.
 * - jsonItems, 100,000: a hundred times what a form may carry (`parameters`); what it builds
 *   stays within a few MiB, where the other limits alone let one body build over a GiB.
 */
export const defaultLimits: Limits = Object.freeze({
  bodyBytes: 128 * 1024 * 1024,
  bodyBytesInFlight: 256 * 1024 * 1024,
  depth: 8,
  arrayLength: 1000,
  parameters: 1000,
  jsonItems: 100_000,
});
