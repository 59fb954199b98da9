// Deterministic urn:uuid ids from arbitrary strings, so an import of the same foreign record always gets the same id
// (and a re-import deduplicates) without randomness in core.
import { hash128 } from '../hash';

/**
 * A name-based "urn:uuid:" (version 8, RFC 9562's custom layout) for `namespace` + `name`. Same input, same id.
 */
export function stableUuid(namespace: string, name: string): string {
  const hex = hash128(`${namespace}\u0000${name}`)
    .map((n) => n.toString(16).padStart(8, '0'))
    .join('');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
