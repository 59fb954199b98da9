// Reads PolNeAR's CoreNLP layer (data/<split>/corenlp/<slug>.txt.xml): tokens with their character offsets in the
// article's .txt and their NER tag, and the coreference chains. Used as a silver standard (named entities) and as a
// referent for pronoun Sources; it is machine output, not hand annotation, and is reported as such. Only `train` and
// `dev` are read; three train files and one dev file are missing from the published corpus.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PolnearSplit, Span } from './load';

export interface CoreToken extends Span {
  word: string;
  /** CoreNLP's 7-class tag: PERSON, ORGANIZATION, LOCATION, MISC, DATE, …, or O. */
  ner: string;
}

export interface CoreMention extends Span {
  text: string;
  representative: boolean;
  /** The mention's head token. */
  head: CoreToken;
}

export interface CoreDocument {
  /** Sentences of tokens, in order. */
  sentences: CoreToken[][];
  /** Coreference chains; each has exactly one representative mention. */
  chains: CoreMention[][];
}

const tag = (xml: string, name: string): string => new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1] ?? '';

const decode = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!);

/** Parses one CoreNLP XML document. */
export function parseCoreNlp(xml: string): CoreDocument {
  const sentences: CoreToken[][] = [];
  const sentenceRe = /<sentence id="\d+"[^>]*>([\s\S]*?)<\/sentence>/g;
  const body = xml.split('<coreference>')[0]!;
  for (let s = sentenceRe.exec(body); s; s = sentenceRe.exec(body)) {
    const tokens: CoreToken[] = [];
    const tokenRe = /<token id="\d+">([\s\S]*?)<\/token>/g;
    for (let t = tokenRe.exec(s[1]!); t; t = tokenRe.exec(s[1]!))
      tokens.push({
        word: decode(tag(t[1]!, 'word')),
        start: Number(tag(t[1]!, 'CharacterOffsetBegin')),
        end: Number(tag(t[1]!, 'CharacterOffsetEnd')),
        ner: tag(t[1]!, 'NER') || 'O',
      });
    sentences.push(tokens);
  }
  const chains: CoreMention[][] = [];
  const coref = xml.slice(xml.indexOf('<coreference>') + '<coreference>'.length);
  const chainRe = /<coreference>([\s\S]*?)<\/coreference>/g;
  for (let c = chainRe.exec(coref); c; c = chainRe.exec(coref)) {
    const chain: CoreMention[] = [];
    const mentionRe = /<mention( representative="true")?>([\s\S]*?)<\/mention>/g;
    for (let m = mentionRe.exec(c[1]!); m; m = mentionRe.exec(c[1]!)) {
      const sentence = sentences[Number(tag(m[2]!, 'sentence')) - 1];
      const first = sentence?.[Number(tag(m[2]!, 'start')) - 1];
      const last = sentence?.[Number(tag(m[2]!, 'end')) - 2];
      const head = sentence?.[Number(tag(m[2]!, 'head')) - 1];
      if (!first || !last || !head) continue;
      chain.push({ start: first.start, end: last.end, text: decode(tag(m[2]!, 'text')), representative: !!m[1], head });
    }
    if (chain.length > 0) chains.push(chain);
  }
  return { sentences, chains };
}

/** The CoreNLP layer of one article, or null when the corpus has none for it. */
export function loadCoreNlp(dataDir: string, split: PolnearSplit, slug: string): CoreDocument | null {
  if (split !== 'train' && split !== 'dev') throw new Error('only train and dev may be read; test is reserved');
  const file = join(dataDir, split, 'corenlp', `${slug}.txt.xml`);
  return existsSync(file) ? parseCoreNlp(readFileSync(file, 'utf8')) : null;
}

/** Named entities as CoreNLP tags them: maximal runs of tokens with one PERSON/ORGANIZATION/LOCATION tag. */
export function coreEntities(doc: CoreDocument): Array<Span & { text: string; type: string }> {
  const out: Array<Span & { text: string; type: string }> = [];
  for (const sentence of doc.sentences) {
    let run: CoreToken[] = [];
    const flush = () => {
      if (run.length > 0)
        out.push({
          start: run[0]!.start,
          end: run.at(-1)!.end,
          text: run.map((t) => t.word).join(' '),
          type: run[0]!.ner,
        });
      run = [];
    };
    for (const t of sentence) {
      const typed = t.ner === 'PERSON' || t.ner === 'ORGANIZATION' || t.ner === 'LOCATION';
      if (!typed || (run.length > 0 && run[0]!.ner !== t.ner)) flush();
      if (typed) run.push(t);
    }
    flush();
  }
  return out;
}
