// Transcript speaker labels ("PENCE: …", "MR. SMITH: …", "KATE BOULDUAN: …"): in an interview or debate transcript a
// paragraph opening on an all-capital name and a colon is that person's turn, so a quotation inside it with no
// reporting clause of its own is theirs. A headline kicker ("UPDATE:", "EXCLUSIVE:", "BYLINE:") is not a turn: labels
// count only in a dialogue, where at least two different names take three or more turns.
import type { Entity } from '../types';
import { resolveName } from './entities';
import { isCommonWord } from './lexicon';

/**
 * An all-capital label of one to three words, with an optional title: "PENCE:", "MR. SMITH:", "KATE BOULDUAN:". A
 * transcript pasted inside quotation marks opens each turn on a mark before its label ("\"CLINTON: I feel …").
 */
const LABEL =
  /^\s*(?:["“]|'')?((?:(?:MR|MRS|MS|DR|SEN|REP|GOV|GEN|PROF)\.?\s)?\p{Lu}[\p{Lu}'’.-]+(?:\s\p{Lu}[\p{Lu}'’.-]+){0,2}):\s/u;
/** Kickers, section words and interview initials that are no one's name. */
const NOT_A_SPEAKER =
  /^(?:UPDATE|UPDATED|EXCLUSIVE|BREAKING|BYLINE|EMAIL|PHOTO|PHOTOS|VIDEO|WATCH|LOOK|READ|NOTE|EDITOR'?S NOTE|CORRECTION|SOURCE|CREDIT|Q|A|QUESTION|ANSWER|TRANSCRIPT|FULL TEXT|ABSTRACT|BOOM|BUSTED|WOW|ALERT|REPORT|POLL|RELATED|PLUS|ALSO|MORE|AUDIO|LIVE)$/;

/**
 * A paragraph opening on a media or section kicker ("VIDEO:", "UPDATE:"), after an optional mark. Not "Q:" or "A:",
 * whose turns are an interview's own.
 */
const KICKER =
  /^\s*(?:["“]|'')?(?:UPDATE|UPDATED|EXCLUSIVE|BREAKING|EMAIL|PHOTO|PHOTOS|VIDEO|WATCH|LOOK|READ|NOTE|EDITOR'?S NOTE|CORRECTION|SOURCE|CREDIT|RELATED|AUDIO|LIVE):\s/;

/** "MR. SMITH" → "Mr. Smith", "KATE BOULDUAN" → "Kate Boulduan". */
function titleCase(label: string): string {
  return label.toLowerCase().replace(/(^|[\s'’.-])(\p{Ll})/gu, (_, p: string, c: string) => p + c.toUpperCase());
}

/** The label a block opens with, when it may be a person's name; null otherwise. */
function labelOf(text: string): string | null {
  const m = LABEL.exec(text);
  if (!m) return null;
  const label = m[1]!;
  return NOT_A_SPEAKER.test(label) ? null : label;
}

/**
 * The speaker of each labelled turn of a transcript, by block index: the label's person as the article names them
 * elsewhere ("PENCE" → "Mike Pence"), else the label in title case; null for a paragraph of the dialogue opened by a
 * kicker ("VIDEO:", "UPDATE:"), which is nobody's turn, so no other turn's speaker carries into it. Empty when the
 * article is no dialogue (fewer than two different labels, or fewer than three labelled paragraphs). Reads no
 * quotation mark but one opening the turn.
 */
export function transcriptSpeakers(
  texts: ReadonlyArray<{ index: number; text: string }>,
  entities: readonly Entity[],
): Map<number, string | null> {
  const turns = new Map<number, string>();
  const kickers = new Set<number>();
  const people = new Map<string, string | null>();
  for (const { index, text } of texts) {
    const label = labelOf(text);
    if (!label) {
      if (KICKER.test(text)) kickers.add(index);
      continue;
    }
    if (!people.has(label)) {
      const name = titleCase(label);
      const bare = name.replace(/^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.?\s/, '');
      const entity = resolveName(entities, name) ?? resolveName(entities, bare);
      // A single common word ("STATEMENT:", "WINNER:") is a kicker, unless the article names a person so ("PENCE").
      const kicker = !label.includes(' ') && isCommonWord(label.toLowerCase());
      // The label itself may have been taken up as an entity ("WALLACE"): the name is then written in title case.
      const named = entity?.type === 'person' && /\p{Ll}/u.test(entity.name) ? entity.name : null;
      people.set(label, named ?? (kicker && !entity ? null : name));
    }
    const who = people.get(label);
    if (who) turns.set(index, who);
    else kickers.add(index);
  }
  // "TAPPER:" after "JAKE TAPPER:": a surname label is the full label that ends with it.
  const full = [...new Set(turns.values())];
  for (const [index, who] of turns) {
    const longer = who.includes(' ') ? null : full.find((f) => f.endsWith(` ${who}`));
    if (longer) turns.set(index, longer);
  }
  if (turns.size < 3 || new Set(turns.values()).size < 2) return new Map();
  const out = new Map<number, string | null>(turns);
  for (const index of kickers) out.set(index, null);
  return out;
}
