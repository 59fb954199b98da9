// "Changed since you read it": the text kept at first highlight, compressed, and its comparison with the page now.
export { readingCopyOf, normalizeText, DEFAULT_MAX_COPY_CHARS, type ReadingCopy } from './reading-copy';
export { compressCopy, decompressCopy, ReadingCopyDataError } from './compress';
export { compareReadingCopies, compareParagraphs, type ParagraphChange, type RevisionReport } from './compare';
