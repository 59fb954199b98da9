// Why a whole import file was refused (as opposed to single records, which are rejected one by one in the report).

/** The file as a whole cannot be imported: too big, not JSON, cut off, or not a format Lede knows. Nothing is written. */
export class ImportFileError extends Error {
  override name = 'ImportFileError';
  constructor(
    readonly reason: string,
    override readonly cause?: unknown,
  ) {
    super(reason);
  }
}
