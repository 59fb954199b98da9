// JSON Lines import, tested on real files from public repositories (see tests/fixtures/import/README.md):
// - hypothesis-netrights.jsonl: 5 records of a real Hypothesis API dump, taniki/netrights-dashboard-mockup
//   `_data/annotations.json` (NEXTLEAP "netrights" research group, 2017), one record per line as `jq -c '.[]'` writes it.
// - w3c-annotation-examples.jsonl: 4 examples of the W3C Web Annotation Data Model, w3c/web-annotation
//   `admin/annotation/2016/examples/json/collection1.json`, one per line as `jq -c '.first.items[]'` writes them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { exportJsonLd, stableUuid } from '../../../core/export';
import { ImportFileError, readImportFile } from '../../../core/import';
import { LedeStore, openLedeDb } from '../../../core/store';
import { annotation, article, now } from '../export/fixtures';

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/import/${name}`, import.meta.url)), 'utf8');
const opts = { now };
const asArray = (jsonl: string) =>
  JSON.stringify(
    jsonl
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as unknown),
  );

function refusal(text: string): ImportFileError {
  try {
    readImportFile(text, opts);
  } catch (err) {
    if (err instanceof ImportFileError) return err;
    throw err;
  }
  throw new Error('the file was accepted');
}

describe('Hypothesis data dump as JSON Lines (taniki/netrights-dashboard-mockup, _data/annotations.json)', () => {
  const jsonl = fixture('hypothesis-netrights.jsonl');

  it('imports the highlights with their notes, tags, quotes and titles, and says why page notes and replies are left out', () => {
    const r = readImportFile(jsonl, opts);
    expect(r.format).toBe('hypothesis');
    expect(r.annotations.map((a) => a.id)).toEqual(
      ['wDW-2EYCEeeUK4fVo3ZlPA', '7o97iD7dEee5Vh-zi-y35Q', 'BxBD8kUMEee8ars7tO1hdA'].map((id) =>
        stableUuid('hypothesis', id),
      ),
    );
    const [monolecte, eflux, benkler] = r.annotations;
    expect(monolecte!.target.selector[0]).toEqual({
      type: 'TextQuoteSelector',
      exact: 'inexorable et indifférent',
      prefix: 'maintenant qu’il est en marche… ',
      suffix: '.\nEnregistrer\nEnregistrer\nEnregi',
    });
    expect(monolecte!.body.note).toBe('open internet...does it mean include or exlude people? ');
    expect(monolecte!.body.tags).toEqual(['Net right infringement']);
    expect(eflux!.articleKey).toBe('http://www.e-flux.com/journal/53/59883/the-black-stack/');
    expect(benkler!.body.note).toMatch(/^While technology can embody values/);
    expect(r.articles.find((a) => a.key === monolecte!.articleKey)?.title).toBe(
      'Totalitarisme numérique - Le Monolecte',
    );
    expect(r.rejected).toEqual([
      { index: 1, reason: 'a page note without a quoted passage' },
      { index: 3, reason: 'a reply to another annotation, not a highlight' },
    ]);
  });

  it('reads the lines exactly as it reads the same records wrapped in an array', () => {
    expect(readImportFile(jsonl, opts)).toEqual(readImportFile(asArray(jsonl), opts));
  });

  it('reads Windows line ends, blank lines and a missing final newline', () => {
    const crlf = `\r\n${jsonl.trim().split('\n').join('\r\n\r\n')}`;
    expect(readImportFile(crlf, opts)).toEqual(readImportFile(jsonl, opts));
  });

  it('joins a file of saved API pages ({ total, rows } per line) into one list', () => {
    const rows = jsonl
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as unknown);
    const pages = [
      JSON.stringify({ total: 5, rows: rows.slice(0, 2) }),
      JSON.stringify({ total: 5, rows: rows.slice(2) }),
    ].join('\n');
    const r = readImportFile(pages, opts);
    expect(r.annotations.map((a) => a.id)).toEqual(readImportFile(jsonl, opts).annotations.map((a) => a.id));
  });

  it('importing the lines and then the array into one store creates no duplicates', async () => {
    const store = new LedeStore(await openLedeDb(new IDBFactory()), now);
    const first = readImportFile(jsonl, opts);
    expect(await store.importRecords(first.articles, first.annotations)).toMatchObject({ imported: 3 });
    const again = readImportFile(asArray(jsonl), opts);
    expect(await store.importRecords(again.articles, again.annotations)).toMatchObject({ imported: 0, duplicates: 3 });
    expect(await store.allAnnotations()).toHaveLength(3);
  });
});

describe('Web Annotation JSON-LD as JSON Lines (w3c/web-annotation, collection1.json)', () => {
  const jsonl = fixture('w3c-annotation-examples.jsonl');

  it('imports the examples that quote a passage, including one refined from a fragment, and rejects the rest with a reason', () => {
    const r = readImportFile(jsonl, opts);
    expect(r.format).toBe('w3c-jsonld');
    expect(r.annotations.map((a) => a.target.selector[0])).toEqual([
      { type: 'TextQuoteSelector', exact: 'anotation', prefix: 'this is an ', suffix: ' that has some' },
      { type: 'TextQuoteSelector', exact: 'Selected Text', prefix: 'text before the ', suffix: ' and text after it' },
    ]);
    // The examples carry no `created` (optional in the model): the import time stands in for it.
    expect(r.annotations[0]!.created).toBe(now().toISOString());
    expect(r.annotations[0]!.id).toBe(stableUuid('w3c-annotation', 'http://example.org/anno26'));
    expect(r.rejected).toEqual([
      { index: 0, reason: 'target has no source URL' },
      { index: 3, reason: 'target has no TextQuoteSelector (Lede needs the quoted passage)' },
    ]);
    expect(readImportFile(asArray(jsonl), opts)).toEqual(r);
  });

  it('reads Lede’s own export written one annotation per line, colours and origins included', () => {
    const anns = [
      annotation({ body: { note: 'first', tags: ['a'], color: 'green' } }),
      annotation({ body: { note: 'second', tags: [], color: 'pink' }, origin: { kind: 'quote', text: 'said it' } }),
    ];
    const items = exportJsonLd({ articles: [article], annotations: anns }, now).first.items;
    const r = readImportFile(items.map((i) => JSON.stringify(i)).join('\n'), opts);
    expect(r.rejected).toEqual([]);
    expect(r.annotations).toEqual(anns);
  });
});

describe('Obsidian Web Clipper highlights as JSON Lines', () => {
  it('reads one page per line as it reads the array of pages', () => {
    // The clipper's export shape ([{ url, highlights: [{ text, timestamp, notes }] }]); no public real file was found.
    const pages = [
      {
        url: 'https://blog.example/a',
        highlights: [{ text: '<p>First <b>passage</b></p>', timestamp: '2026-01-05T08:00:00.000Z' }],
      },
      {
        url: 'https://blog.example/b',
        highlights: [{ text: 'Second passage', timestamp: '2026-01-06T08:00:00.000Z', notes: ['n'] }],
      },
    ];
    const r = readImportFile(pages.map((p) => JSON.stringify(p)).join('\n'), opts);
    expect(r.format).toBe('obsidian');
    expect(r.annotations.map((a) => a.target.selector[0].exact)).toEqual(['First passage', 'Second passage']);
    expect(r).toEqual(readImportFile(JSON.stringify(pages), opts));
  });
});

describe('broken JSON Lines files are refused whole, naming the line', () => {
  const lines = fixture('hypothesis-netrights.jsonl').trim().split('\n');

  it('a damaged line in the middle', () => {
    const text = [lines[0], lines[1], lines[2]!.slice(0, 40) + '}', lines[3]].join('\n');
    expect(refusal(text).message).toMatch(/^Line 3 of this JSON Lines file is not a JSON record/);
  });

  it('a last line cut off by an interrupted download', () => {
    const text = [lines[0], lines[1], lines[2]!.slice(0, 200)].join('\n');
    expect(refusal(text).message).toMatch(/cut off: its last line \(line 3\)/);
  });

  it('prose with line breaks is still "not valid JSON", not a JSON Lines error', () => {
    expect(refusal('hello\nworld\n').message).toMatch(/not valid JSON/);
  });

  it('a pretty-printed JSON file cut off keeps the cut-off message', () => {
    const pretty = JSON.stringify(JSON.parse(lines[0]!), null, 2);
    expect(refusal(pretty.slice(0, pretty.length / 2)).message).toMatch(/cut off: it ends before the JSON is complete/);
  });
});
