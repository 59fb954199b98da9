// Whether two ranges have the same ends: the selection a toolbar or a gesture was offered for, met again. And which of a
// selection's ranges is the reader's, where a browser keeps several.

/** Two ranges with the same start and end points. */
export function sameRange(a: Range, b: Range): boolean {
  return (
    a.startContainer === b.startContainer &&
    a.startOffset === b.startOffset &&
    a.endContainer === b.endContainer &&
    a.endOffset === b.endOffset
  );
}

/**
 * The selection's one range, where the reader made it. Firefox keeps several ranges in one selection (a Ctrl-drag,
 * table cells, and a page's own `addRange`), in page order, so `getRangeAt(0)` is whichever comes first and
 * `Selection.toString()` joins them all: a page that added a label of its own to the reader's selection at mouseup had
 * the label saved by key 1 (red team 32, A4b). Of several ranges, only one that `isReaders` accepts is kept, and the
 * selection is cut back to it, so that its text is that range's alone; none, or more than one, gives null (the
 * selection is not one passage of the reader's). Chromium keeps one range: it is returned as it is.
 */
export function readersRange(selection: Selection | null, isReaders: (r: Range) => boolean): Range | null {
  if (!selection || selection.rangeCount === 0) return null;
  if (selection.rangeCount === 1) return selection.getRangeAt(0);
  const theirs: Range[] = [];
  for (let i = 0; i < selection.rangeCount; i++) {
    const r = selection.getRangeAt(i);
    if (isReaders(r)) theirs.push(r);
  }
  if (theirs.length !== 1) return null;
  const range = theirs[0]!;
  selection.removeAllRanges();
  selection.addRange(range);
  return range;
}

/** {@link readersRange} against ranges recorded before (the reader's gesture, the toolbar's offer): the same ends. */
export function recordedRange(selection: Selection | null, ...made: Array<Range | null | undefined>): Range | null {
  return readersRange(selection, (r) => made.some((m) => !!m && sameRange(m, r)));
}
