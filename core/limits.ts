// Size bounds on everything Lede accepts from outside: a hostile sender or file cannot make it store or paint
// megabytes per record. Kept apart from the schemas so the content script can use them without a validator.
export const MAX_QUOTE_CHARS = 20_000;
export const MAX_CONTEXT_CHARS = 2_000;
export const MAX_NOTE_CHARS = 100_000;
export const MAX_TAGS = 64;
export const MAX_TAG_CHARS = 100;
export const MAX_URL_CHARS = 4_096;
