// Deterministic urn:uuid ids from arbitrary strings, so an import of the same foreign record always gets the same id
// (and a re-import deduplicates) without randomness in core.
import { hash128 } from '../hash';

/** Two lowercase hex digits for each byte value. */
const BYTE_HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * `n` (0 to 2^32 - 1) as 8 lowercase hex digits, the same as `n.toString(16).padStart(8, '0')`: a hash word above
 * 2^31 is not a small integer to V8, and `toString(16)` on one took a sixth of a Hypothesis import's validation.
 */
function hex8(n: number): string {
  return BYTE_HEX[n >>> 24]! + BYTE_HEX[(n >>> 16) & 0xff]! + BYTE_HEX[(n >>> 8) & 0xff]! + BYTE_HEX[n & 0xff]!;
}

/**
 * A name-based "urn:uuid:" (version 8, RFC 9562's custom layout) for `namespace` + `name`. Same input, same id.
 */
export function stableUuid(namespace: string, name: string): string {
  const [a, b, c, d] = hash128(`${namespace}\u0000${name}`);
  const hex = hex8(a) + hex8(b) + hex8(c) + hex8(d);
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
