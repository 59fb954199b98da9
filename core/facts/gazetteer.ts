// Towns and counties compromise's lexicon does not know ("Westchester", "Broward", "Des Moines"): knowledge, not
// shape, tells such a name from a company's. The list is generated (gazetteer-data.ts); this module only looks up.
import { GAZETTEER_PLACES } from './gazetteer-data';

let places: Set<string> | null = null;

/** Whether a name (any case; periods and a possessive ignored) is a town or county in the gazetteer. */
export function isGazetteerPlace(name: string): boolean {
  places ??= new Set(GAZETTEER_PLACES.split('|'));
  return places.has(
    name
      .toLowerCase()
      .replace(/['’]s$/, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}
