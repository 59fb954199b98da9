// Size bounds on everything Lede accepts from outside: a hostile sender or file cannot make it store or paint
// megabytes per record. Kept apart from the schemas so the content script can use them without a validator.
export const MAX_QUOTE_CHARS = 20_000;
export const MAX_CONTEXT_CHARS = 2_000;
export const MAX_NOTE_CHARS = 100_000;
export const MAX_TAGS = 64;
export const MAX_TAG_CHARS = 100;
export const MAX_URL_CHARS = 4_096;
/** An article's title and byline as stored. */
export const MAX_TITLE_CHARS = 2_000;
/** A site's declared name (`og:site_name`). */
export const MAX_SITE_NAME_CHARS = 500;
/** Short stored strings: ISO timestamps, language tags, published dates as the page wrote them. */
export const MAX_STAMP_CHARS = 40;
/** An annotation id ("urn:uuid:…" is 45) or another tool's id for one. */
export const MAX_ID_CHARS = 100;
/** A deletion tombstone's id (an annotation id or an article key) as the folder's backup carries it. */
export const MAX_TOMBSTONE_ID_CHARS = 2_000;
/**
 * How far ahead of this machine's clock a time from outside (an import, a backup in the reader's folder) may be:
 * a day covers another of the reader's machines with its clock set wrong. Later times are refused: a note "modified"
 * in 9999 would win every merge and sit at the top of "Newest read" for ever.
 */
export const MAX_CLOCK_SKEW_MS = 86_400_000;
/** The earliest time a note, highlight or reading can have: no web annotation predates the web. */
export const EARLIEST_RECORD_TIME = Date.UTC(1990, 0, 1);
