// Named errors of the anchoring engine: bad input throws one of these; "not found" is `null`, never an error.

/** Offsets that do not fit the text they point into (negative, reversed, or past its end). */
export class TextRangeError extends RangeError {
  override name = 'TextRangeError';
  constructor(
    readonly start: number,
    readonly end: number,
    readonly length: number,
  ) {
    super(`offsets [${start}, ${end}) do not fit a text of length ${length}`);
  }
}

/** A DOM range or boundary point that does not lie inside the root it was measured against. */
export class OutsideRootError extends Error {
  override name = 'OutsideRootError';
  constructor(message = 'the range is not inside the root node') {
    super(message);
  }
}
