// Types for package files imported directly (not through their package's main entry).

/**
 * Readability's cheap pre-check on its own, so the content script does not bundle all of Readability.
 * The file is CommonJS with `module.exports = isProbablyReaderable`: a default import.
 */
declare module '@mozilla/readability/Readability-readerable.js' {
  export default function isProbablyReaderable(
    document: Document,
    options?: { minContentLength?: number; minScore?: number; visibilityChecker?: (node: Node) => boolean },
  ): boolean;
}
