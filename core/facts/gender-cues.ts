// A person's gender from the words the article puts next to their name, for "he" and "she": a gendered role in an
// appositive ("Ghazala Khan, the mother of …", "Alice Stewart, a spokeswoman for …") or right before the name
// ("spokeswoman Alice Stewart", "his wife, Jane,"); a "-woman" role is a woman's, but "-man" roles are written for
// women too, so only kinship tells a man. General words of English, not a list of names: a given name the
// lexicon does not know still gets its gender when the article says who the person is.
import type { Gender } from './speakers';

const FEMALE_ROLE =
  'woman|spokeswoman|congresswoman|chairwoman|businesswoman|councilwoman|assemblywoman|anchorwoman|actress|' +
  'mother|wife|daughter|sister|grandmother|widow|aunt|niece|girlfriend|waitress|first lady|queen|princess|' +
  'granddaughter|stepmother|mom';
/** Kinship and rank only: "spokesman", "chairman" and "congressman" are written for women too ("Trump spokesman Hope Hicks"). */
const MALE_ROLE =
  'father|husband|son|brother|grandfather|widower|uncle|nephew|boyfriend|king|prince|grandson|stepfather|dad';

/** "X, the mother of …", "X, a spokeswoman for …", "X, Clinton's daughter,": the role closing an appositive's head. */
const AFTER = (roles: string): RegExp =>
  new RegExp(
    String.raw`^,\s(?:\d{1,3},\s)?(?:the|a|an|his|her|their|\p{Lu}[\p{L}'’-]*['’]s?)\s(?:[\p{L}-]+\s){0,3}?(?:${roles})(?=[\s,.;]|$)(?!\s(?:of\s)?(?:the\s)?(?:year|hour|moment|house|senate|committee|board|party|city|state|company))`,
    'u',
  );
/** "spokeswoman Alice Stewart", "his wife, Jane,", "Trump's daughter Ivanka": the role right before the name. */
const BEFORE = (roles: string): RegExp => new RegExp(String.raw`(?:^|[\s,])(?:${roles}),?\s$`, 'u');

const F_AFTER = AFTER(FEMALE_ROLE);
const M_AFTER = AFTER(MALE_ROLE);
const F_BEFORE = BEFORE(FEMALE_ROLE);
const M_BEFORE = BEFORE(MALE_ROLE);

/**
 * The gender the words around a name at [start, end) of `text` give it, or null when they give none or both. The
 * role must be the name's own: an appositive's head right after it, or the last word before it.
 */
export function genderFromContext(text: string, start: number, end: number): Gender | null {
  const after = text.slice(end, end + 80);
  const before = text.slice(Math.max(0, start - 24), start);
  const f = F_AFTER.test(after) || F_BEFORE.test(before);
  const m = M_AFTER.test(after) || M_BEFORE.test(before);
  return f === m ? null : f ? 'f' : 'm';
}

/**
 * The gender a pronoun shows for a clause subject at [start, end) of `text`: "Walz approaches it a bit more
 * diplomatically. She said …" (the next sentence opens on "She"), or "Walz said she …". `next` is where the next
 * name after this one starts (or the text's end): a name in between could be the pronoun's instead. Null otherwise.
 */
export function genderFromPronoun(text: string, start: number, end: number, next: number): Gender | null {
  // Only a main clause's subject is what the next sentence's pronoun carries on: a name opening its sentence, or one
  // not right after a reporting verb or a subordinating word ("…, said Hillary Clinton should be ready …. He
  // attended the rally" is Beebe's "He").
  const opens = /(?:^|[.!?]["”’]?\s+)(?:(?:But|And|So|Still|Now|Yet)\s)?$/.test(
    text.slice(Math.max(0, start - 40), start),
  );
  const after = text.slice(end, Math.min(next, end + 400));
  const embedded =
    /\b(?:said|says|told|that|and|but|or|if|when|because|after|before|while|as|than)\s(?:\S+\s){0,2}$/i.test(
      text.slice(Math.max(0, start - 40), start),
    );
  const own =
    /^\s(?:said|says|added|adds|told\s\p{Ll}+|wrote|writes|explained|noted|insisted|argued|recalled)\s(?:that\s)?(she|he)\s/u.exec(
      after,
    );
  const stop = /[.!?]["”’]?\s+(She|He)\s/.exec(
    after.replace(/\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|St|Jr|Sr|[A-Z])\./g, (d) => `${d.slice(0, -1)} `),
  );
  const p =
    own?.[1] ?? ((opens || !embedded) && stop && !/["“”]/.test(after.slice(0, stop.index)) ? stop[1] : undefined);
  return p === undefined ? null : /^s/i.test(p) ? 'f' : 'm';
}
