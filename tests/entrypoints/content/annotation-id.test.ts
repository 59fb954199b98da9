// Annotation ids on any page: version-4 UUIDs from getRandomValues, accepted by the store's schema.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { AnnotationSchema } from '../../../core/schemas';
import { newAnnotationId } from '../../../entrypoints/content/annotation-id';

describe('newAnnotationId', () => {
  it('makes distinct version-4 urn:uuid ids from random bytes alone (no crypto.randomUUID)', () => {
    const ids = new Set(
      Array.from({ length: 1000 }, () => newAnnotationId({ getRandomValues: (a) => crypto.getRandomValues(a) })),
    );
    expect(ids.size).toBe(1000);
    for (const id of ids)
      expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('sets the version and variant bits whatever the bytes are', () => {
    expect(newAnnotationId({ getRandomValues: (a) => (a as unknown as Uint8Array).fill(0xff) as never })).toBe(
      'urn:uuid:ffffffff-ffff-4fff-bfff-ffffffffffff',
    );
    expect(newAnnotationId({ getRandomValues: (a) => (a as unknown as Uint8Array).fill(0) as never })).toBe(
      'urn:uuid:00000000-0000-4000-8000-000000000000',
    );
  });

  it('is an id the background accepts', () => {
    const now = new Date().toISOString();
    const annotation = {
      id: newAnnotationId(),
      articleKey: 'http://plain.example/a',
      target: {
        source: 'http://plain.example/a',
        selector: [{ type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' }],
      },
      body: { note: '', tags: [], color: 'yellow' },
      created: now,
      modified: now,
    };
    expect(v.safeParse(AnnotationSchema, annotation).success).toBe(true);
  });
});
