// Public surface of the notes library's search.
export { LibraryIndex } from './library-index';
export { LibraryModel, type ArticleSummary } from './library-model';
export {
  queryFilters,
  sortResults,
  type LibraryQuery,
  type LibraryResult,
  type SearchMatch,
  type SortOrder,
} from './library-search';
export { documentsOf, type DocKind, type SearchDoc } from './search-documents';
export { readRecentArticles, readAnnotationPage, type RecentArticles, type AnnotationPage } from './first-page';
