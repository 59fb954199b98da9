// The protocol's request types (lib/messaging.ts) pinned to what the background's schemas let through
// (lib/background-messages.ts): a handler receives the schema's output typed as the interface's `req`, so the two
// must be one type. These are compile-time checks: a drift fails `tsc --noEmit` (and so `npm test`), and the error
// names the command. The runtime test only makes sure every command has a schema.
import type * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { backgroundSchemas } from '../../lib/background-messages';
import type { BackgroundMessage, BackgroundProtocol } from '../../lib/messaging';

type Output<K extends BackgroundMessage> = v.InferOutput<(typeof backgroundSchemas)[K]['schema']>;
type Input<K extends BackgroundMessage> = v.InferInput<(typeof backgroundSchemas)[K]['schema']>;
type Req<K extends BackgroundMessage> = BackgroundProtocol[K]['req'];

/**
 * Commands whose schema output is not literally the request type, and why that is sound:
 * - listArticles, listAllAnnotations, frameUnseen, noteCut, loadPageScript, allowSelecting, listTombstones, writeFolder: the schema is `v.object({})` (output `{}`), the request `Record<string, never>`.
 * - cacheExtraction: only extension pages send it, so the extraction is checked for its shape only (`any[]` lists).
 * For these, the output must still be assignable to the request, and a request must pass as schema input.
 */
type Loose =
  | 'listArticles'
  | 'listAllAnnotations'
  | 'frameUnseen'
  | 'noteCut'
  | 'loadPageScript'
  | 'allowSelecting'
  | 'listTombstones'
  | 'writeFolder'
  | 'cacheExtraction';

type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** The commands whose schema output and request type differ: `never` when none does. */
type Drifted = { [K in Exclude<BackgroundMessage, Loose>]: Same<Output<K>, Req<K>> extends true ? never : K }[Exclude<
  BackgroundMessage,
  Loose
>];
type NotAssignable = { [K in Loose]: Output<K> extends Req<K> ? (Req<K> extends Input<K> ? never : K) : K }[Loose];

describe('the protocol’s request types come from the schemas', () => {
  it('every command’s request type is its schema’s output (checked by tsc)', () => {
    expectTypeOf<Drifted>().toEqualTypeOf<never>();
    expectTypeOf<NotAssignable>().toEqualTypeOf<never>();
    // The same, with an error that names the command: "Type '"saveAnnotation"' is not assignable to type 'never'".
    const drifted: never = undefined as unknown as Drifted | NotAssignable;
    expect(drifted).toBeUndefined();
    // Spot checks that the comparison itself can fail: a different type is told apart.
    expectTypeOf<Same<Output<'saveAnnotation'>, Req<'deleteAnnotation'>>>().toEqualTypeOf<false>();
    expectTypeOf<Same<Output<'saveAnnotation'>, Req<'saveAnnotation'>>>().toEqualTypeOf<true>();
  });

  it('every command has a schema (the satisfies clause makes this a compile error too)', () => {
    const commands: Record<BackgroundMessage, true> = {
      pageDetected: true,
      saveAnnotation: true,
      pageNotes: true,
      deleteAnnotation: true,
      listAnnotations: true,
      frameUnseen: true,
      noteClosed: true,
      noteCut: true,
      loadPageScript: true,
      allowSelecting: true,
      relayEditorEvent: true,
      annotationsAnchored: true,
      getAnchorReport: true,
      listArticles: true,
      listAllAnnotations: true,
      listRecentArticles: true,
      listAnnotationsPage: true,
      getCachedExtraction: true,
      getArticleExtraction: true,
      cacheExtraction: true,
      recordArticle: true,
      importRecords: true,
      deleteArticle: true,
      restoreRecords: true,
      showPassageInTab: true,
      keepReadingCopy: true,
      getReadingCopy: true,
      notesImported: true,
      listTombstones: true,
      applyDeletions: true,
      writeFolder: true,
    };
    expect(Object.keys(backgroundSchemas).sort()).toEqual(Object.keys(commands).sort());
  });
});
