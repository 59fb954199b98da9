// What resolving a speaker phrase may look at: the article's entities and name mentions, and the speakers so far.
// Its own room so that the stages that read it (resolve-speaker.ts, pronouns.ts, sentence-subject.ts) do not import
// one another for a type.
import type { Entity } from '../types';
import type { NameMention } from './entities';
import type { Gender } from './speakers';

/** Context for turning a speaker phrase into a canonical name. */
export interface SpeakerContext {
  entities: readonly Entity[];
  /** Name mentions of the article, in reading order. */
  mentions: readonly NameMention[];
  /** The canonical name of each mention's entity, parallel to `mentions`. */
  canonical: ReadonlyArray<string | null>;
  typeOf: (canonical: string) => string | null;
  /** A person's gender when the article shows it (a title, a known given name). */
  genderOf: (canonical: string) => Gender | null;
  lastSpeaker: string | null;
  /** The last speaker who is a person, for "he" and "she". */
  lastPerson: string | null;
  /** Where that person's last quote starts. */
  lastPersonAt?: { block: number; at: number } | null;
  /** A block's text by index. */
  blockText: (block: number) => string;
  /** Quoted ranges so far: names inside someone's quote are not antecedents for pronouns. */
  quoted: ReadonlyMap<number, ReadonlyArray<readonly [number, number]>>;
}
