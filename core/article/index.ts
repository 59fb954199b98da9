// core/article: find the article in a page (detection, body blocks, metadata, canonical URL). Pure: takes Documents.
export { countReadingWords, readingTimeMinutes, WORDS_PER_MINUTE } from './reading-time';
export {
  extractArticle,
  reconcileTitle,
  READABILITY_OPTIONS,
  type ExtractOptions,
} from './extract-article';
export { articleVerdict, isProbablyArticle, unreadableReason, MAX_TEXT_CHARS } from './page-checks';
export { measurePage, MAX_ELEMENTS } from './page-measure';
export { looksLikeArticle, type PageShape } from './article-rule';
export {
  canonicalizeUrl,
  canonicalUrlOf,
  declaredCanonicals,
  hostScopeOf,
  normalizeHttpUrl,
  stripTracking,
  isTrackingParam,
  type CanonicalCandidates,
  type OwnerScope,
} from './canonical-url';
export { canonicalKeyOf, mayUseArticleKey, ownerScopeOf, siteOf } from './site-owner';
export { siteLabel } from './site-label';
export { readPageMetadata, readJsonLd, type PageMetadata } from './metadata';
export { joinBlocks, withSelectors, SELECTOR_CONTEXT, type BodyContext } from './block-drafts';
export { blocksFromContent } from './body-blocks';
export { isFurnitureElement, isFurnitureText, isLinkList } from './boilerplate';
export {
  normalizeDate,
  cleanByline,
  cleanSiteName,
  splitAuthors,
  isDateLine,
  squash,
  comparable,
} from './metadata-values';
export { articleFromText } from './text-article';
export { articleLanguage, guessLanguage, GUESSED_LANGUAGES } from './language-guess';
