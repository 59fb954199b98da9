// Text-only half of the anchoring engine: matching selectors in plain strings. Imports nothing from the DOM side.
export { anchorManyInText } from './anchor-many';
export type { AnchorConfidence } from './confidence';
export { anchorInText, TextAnchorer } from './match-selectors';
export type { AnchorMethod, MatchOptions, TextAnchor } from './match-selectors';
export { QGramIndex } from './qgram-index';
