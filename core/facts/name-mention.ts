// The NameMention record: one name found in a block, with the type cues its own words and context carry. Found by
// name-mentions.ts, built by mention-candidate.ts, merged into entities by entity-clusters.ts.
import type { EntityType } from '../types';

/** One mention of a name in a block. */
export interface NameMention {
  block: number;
  start: number;
  end: number;
  /** The name without titles or possessive ("Vladimir Putin"). */
  core: string;
  /** The surface text including titles ("Russian President Vladimir Putin"). */
  surface: string;
  /** Type evidence from this mention's own words and context. */
  cue: EntityType | null;
  /** True when a title preceded the name. */
  titled: boolean;
  /** True when the name opens its sentence (its capital says less). */
  sentenceStart?: boolean;
  /** Looks like a personal name (capitalised words, no keyword); a weak vote for `person`. */
  personShape?: boolean;
  /** From a heading, caption or credit: counts toward a known entity but never creates one. */
  attachOnly?: boolean;
  /** A product or model ("Google Pay", "Vision Pro"): not an entity, and its initials ("PSVR") are not one either. */
  product?: boolean;
  /** The cue comes only from a preposition before the name ("in Yahoo"): a hint, outweighed by repetition. */
  weakCue?: boolean;
  /** Followed by a common noun it modifies ("Retina display"): alone, too weak to make an untyped name an entity. */
  modifier?: boolean;
  /**
   * One word that reads as a common word: seen lowercased in the article, known as one, or shaped like a verb form
   * or adverb ("Tweeted", "Unfortunately"). Capitalised for emphasis or at a line start, it does not make an
   * untyped name an organisation.
   */
  commonWord?: boolean;
  /**
   * Where a news source stands ("according to Bloomberg", "told POLITICO", "(Reuters)"): keeps a name said once
   * that nothing else types, as an organisation.
   */
  source?: boolean;
  /** A compass region ("the West"): never the shortened name of a person ("Allen West"). */
  region?: boolean;
  /**
   * Named as a medium someone posts or speaks through ("on Twitter", "a Facebook post", "YouTube video"): a service
   * or product. A name only ever so used is no entity.
   */
  medium?: boolean;
  /**
   * Inside a named event or before an award ("the White House Correspondents’ Dinner", "the Screen Actors Guild (SAG)
   * awards", "a Critics Choice award"): part of the event's or prize's name. A name only ever so used is no entity.
   */
  eventOrAward?: boolean;
  /**
   * The name with the sentence-start word that was dropped from it ("White House" for "House" in "White House
   * spokesman Josh Earnest said"): the entity of that fuller name when the article has one.
   */
  openedBy?: string;
  /**
   * A lone word that is also a common word, an adjective or a demonym, standing where a person's name does ("Jolly
   * said", "Pence's"): joins only a person of the article whose full name ends or starts with it (surname-mention.ts).
   */
  surnameOnly?: boolean;
  /** One word typed a person only by the lexicon ("Orlando", "Austin"): a town when the article places it. */
  lexiconPerson?: boolean;
}
