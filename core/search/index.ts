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
export { readRecentArticles, type RecentArticles } from './first-page';
