// The anchoring engine: W3C selectors to and from places in a page's (or a string's) visible text.
// text/ is pure string matching; dom/ measures a DOM subtree and turns offsets into Ranges.
export { anchor, anchorMany } from './dom/anchor-dom';
export type { AnchorOptions, DomAnchor } from './dom/anchor-dom';
export { describeRange, describeTextRange } from './dom/describe';
export type { DescribeOptions } from './dom/describe';
export { buildTextModel } from './dom/text-model';
export { type ChildIndexes, MAX_SPOT_CHARS, refindSpot, type Spot, spotOf } from './dom/same-words';
export type { TextModel, TextModelOptions } from './dom/text-model';
export {
  blocksInClosedParts,
  CLOSED_ATTRIBUTE,
  closedTexts,
  removeClosedParts,
  seenMarkup,
  shownMarkup,
} from './dom/seen-markup';
export { unseenInRunningText } from './dom/unseen-text';
export { undrawnText } from './dom/undrawn-text';
export { drawnApart, drawsOtherWords, type DrawnApart } from './dom/drawn-apart';
export { coveredBlocks, drawnWordsIn } from './dom/drawn-words';
export { anchorManyInText } from './text/anchor-many';
export type { AnchorConfidence } from './text/confidence';
export { anchorInText, TextAnchorer } from './text/match-selectors';
export type { AnchorMethod, MatchOptions, TextAnchor } from './text/match-selectors';
export { OutsideRootError, TextRangeError } from './errors';
export { needsConfirmation, paintsUnconfirmed, uncertainPlacements, wordsChanged } from './placement-report';
export type { UncertainPlacement } from './placement-report';
