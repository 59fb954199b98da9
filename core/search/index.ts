// Public surface of the notes library's search.
export {
  LibraryIndex,
  documentsOf,
  sortResults,
  type ArticleSummary,
  type LibraryQuery,
  type LibraryResult,
  type SearchMatch,
  type SortOrder,
  type DocKind,
  type SearchDoc,
} from './library-index';
export { readRecentArticles, readAnnotationPage, type RecentArticles, type AnnotationPage } from './first-page';
