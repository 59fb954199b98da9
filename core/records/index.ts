// Stored records: repaired once where they leave the store, and the one stand-in article record.
export { hasArticleNote } from './article-note';
export { oneLineMetadata } from './one-line-metadata';
export { placeholderArticle, placeholderTitle } from './placeholder-article';
export { repairAnnotation, repairAnnotations, repairArticle, repairArticles, UNKNOWN_TIME } from './repair';
export { isStoredSelectorPair, repairSelectors } from './selectors';
