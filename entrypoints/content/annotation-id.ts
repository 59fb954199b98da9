// Fresh annotation ids from the isolated world's own `crypto.getRandomValues`, which exists in every context
// (`crypto.randomUUID` does not on plain-http pages, which are not secure contexts) and which a page cannot patch
// (its scripts see their own copy of the built-ins, never ours).

/** A random (version 4) UUID as a `urn:uuid:` id, from `source` (defaults to this realm's `crypto`). */
export function newAnnotationId(source: Pick<Crypto, 'getRandomValues'> = crypto): string {
  const b = source.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40; // version 4
  b[8] = (b[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
