// Named people, organisations and places: the facts pipeline's entry to them. Mentions are found in
// name-mentions.ts and merged into entities in entity-clusters.ts; this module keeps the one import path.
export { findNameMentions, type NameMention } from './name-mentions';
export { buildEntities, resolveName } from './entity-clusters';
