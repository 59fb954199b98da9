// Whether two ranges have the same ends: the selection a toolbar or a gesture was offered for, met again.

/** Two ranges with the same start and end points. */
export function sameRange(a: Range, b: Range): boolean {
  return (
    a.startContainer === b.startContainer &&
    a.startOffset === b.startOffset &&
    a.endContainer === b.endContainer &&
    a.endOffset === b.endOffset
  );
}
