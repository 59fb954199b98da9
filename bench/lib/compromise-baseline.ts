// The compromise baseline of `npm run bench facts` and bench/holdout-quotes.ts: what the compromise NLP library alone
// finds in an article (its quotations with the first person its block names, sentences with numbers, its people,
// places and organisations), scored beside Lede on every labelled set.
import nlp from 'compromise';
import type { Block, Extraction } from '../../core/types';

/** What compromise alone finds: its quotations, sentences with numbers, and its people/places/organisations. */
export function baseline(title: string, blocks: Block[]): Extraction {
  const out: Extraction = { facts: [], quotes: [], entities: [] };
  const ents = new Map<string, Extraction['entities'][number]>();
  const src = {
    block: 0,
    start: 0,
    end: 0,
    selector: { type: 'TextQuoteSelector' as const, exact: '', prefix: '', suffix: '' },
  };
  blocks.forEach((b, i) => {
    if (b.type === 'heading' || b.type === 'figcaption') return;
    const doc = nlp(b.text);
    for (const q of doc.quotations().json() as Array<{ text: string }>) {
      const people = doc.people().out('array') as string[];
      out.quotes.push({
        id: '',
        text: q.text.replace(/^\W+|\W+$/g, ''),
        speaker: people[0] ?? null,
        attribution: null,
        kind: 'direct',
        source: src,
      });
    }
    for (const s of doc.sentences().json() as Array<{ text: string }>) {
      const sd = nlp(s.text);
      const values = [...(sd.money().out('array') as string[]), ...(sd.numbers().out('array') as string[])];
      if (values.length) out.facts.push({ id: '', text: s.text, values, details: [], score: 0, source: src });
    }
    const add = (list: string[], type: 'person' | 'place' | 'org'): void => {
      for (const raw of list) {
        const name = raw.replace(/['’]s$|[.,;:]+$/g, '').trim();
        const e = ents.get(name) ?? { id: '', name, type, aliases: [], mentions: 0, main: false, occurrences: [] };
        e.mentions++;
        if (i <= 1 || e.mentions >= 3 || title.includes(name)) e.main = true;
        ents.set(name, e);
      }
    };
    add(doc.people().out('array') as string[], 'person');
    add(doc.places().out('array') as string[], 'place');
    add(doc.organizations().out('array') as string[], 'org');
  });
  out.entities = [...ents.values()];
  return out;
}
