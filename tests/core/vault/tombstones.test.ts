// Deletions carried through the folder: a note or article deleted on one machine is removed by "Import from
// folder" on another, and an older copy of it in any backup never brings it back. The newest of the edit times
// and the deletion time wins, whichever machine each came from.
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../core/import';
import { backupText, mergeByNewest, tombstonesOf, type Tombstone } from '../../../core/vault';
import { realArticleBundle } from '../export/template/real-article';

const bundle = realArticleBundle();
const [a, b, c] = bundle.annotations as [
  (typeof bundle.annotations)[0],
  (typeof bundle.annotations)[0],
  (typeof bundle.annotations)[0],
];
const at = (iso: string) => ({ ...a, modified: iso });
const tomb = (id: string, deleted: string, kind?: 'article'): Tombstone =>
  kind ? { id, deleted, kind } : { id, deleted };
const LATER = '2030-01-01T00:00:00.000Z';
const EARLIER = '2000-01-01T00:00:00.000Z';
/** The merge's clock: after every time these cases write. */
const now = () => new Date('2031-06-01T00:00:00.000Z');

describe('merging deletions from the folder', () => {
  const cases: Record<
    string,
    {
      store: (typeof bundle.annotations)[number][];
      incoming: (typeof bundle.annotations)[number][];
      local?: Tombstone[];
      remote?: Tombstone[];
      expected: { toStore: string[]; toDelete: string[]; remember: string[]; forget: string[] };
    }
  > = {
    'a deletion elsewhere after the last edit here deletes the note here': {
      store: [a, b],
      incoming: [b],
      remote: [tomb(a.id, LATER)],
      expected: { toStore: [], toDelete: [a.id], remember: [a.id], forget: [] },
    },
    'a deletion elsewhere older than an edit here keeps the note (the edit is newer)': {
      store: [a],
      incoming: [],
      remote: [tomb(a.id, EARLIER)],
      expected: { toStore: [], toDelete: [], remember: [a.id], forget: [] },
    },
    'an old copy in the folder of a note deleted here is not brought back': {
      store: [b],
      incoming: [a, b],
      local: [tomb(a.id, LATER)],
      expected: { toStore: [], toDelete: [], remember: [], forget: [] },
    },
    'an edit elsewhere made after the deletion here brings the note back and lifts the tombstone': {
      store: [],
      incoming: [at(LATER)],
      local: [tomb(a.id, '2029-01-01T00:00:00.000Z')],
      expected: { toStore: [a.id], toDelete: [], remember: [], forget: [a.id] },
    },
    'an edit and a deletion at the same moment: the deletion wins': {
      store: [at('2029-01-01T00:00:00.000Z')],
      incoming: [],
      remote: [tomb(a.id, '2029-01-01T00:00:00.000Z')],
      expected: { toStore: [], toDelete: [a.id], remember: [a.id], forget: [] },
    },
    'a folder copy and a tombstone together (two profiles): the newer deletion wins over the older copy': {
      store: [],
      incoming: [at('2029-01-01T00:00:00.000Z')],
      remote: [tomb(a.id, LATER)],
      expected: { toStore: [], toDelete: [], remember: [a.id], forget: [] },
    },
    'a tombstone this profile already keeps is not remembered twice': {
      store: [],
      incoming: [],
      local: [tomb(a.id, LATER)],
      remote: [tomb(a.id, LATER)],
      expected: { toStore: [], toDelete: [], remember: [], forget: [] },
    },
  };
  for (const [name, k] of Object.entries(cases))
    it(name, () => {
      const r = mergeByNewest(k.store, k.incoming, { local: k.local ?? [], incoming: k.remote ?? [] }, now);
      expect({
        toStore: r.toStore.map((x) => x.id),
        toDelete: r.toDelete,
        remember: r.toRemember.map((t) => t.id),
        forget: r.toForget,
      }).toEqual(k.expected);
    });

  it('an article deleted elsewhere goes here too, unless a note of it here is newer than the deletion', () => {
    const key = bundle.article.key;
    const gone = mergeByNewest(
      [a, b, c],
      [],
      {
        incoming: [a, b, c].map((x) => tomb(x.id, LATER)).concat(tomb(key, LATER, 'article')),
      },
      now,
    );
    expect(gone.articlesToDelete).toEqual([key]);
    expect(gone.toDelete.sort()).toEqual([a.id, b.id, c.id].sort());
    const kept = mergeByNewest(
      [a, b, { ...c, modified: '2031-01-01T00:00:00.000Z' }],
      [],
      {
        incoming: [tomb(key, LATER, 'article')],
      },
      now,
    );
    expect(kept.articlesToDelete).toEqual([]);
  });
});

describe('the backup carries tombstones', () => {
  const input = { articles: [bundle.article], annotations: [b, c] };
  const now = () => new Date('2026-05-10T12:00:00.000Z');

  it('writes them beside the collection, reads them back, and the importer still reads the notes', () => {
    const tombs = [tomb(a.id, LATER), tomb('https://gone.example/story', LATER, 'article')];
    const text = backupText(input, now, tombs);
    expect(tombstonesOf(text)).toEqual(tombs);
    const read = readImportFile(text, { now });
    expect(read!.annotations.map((x) => x.id).sort()).toEqual([b.id, c.id].sort());
  });

  it('reads none from older backups, other files, or broken entries', () => {
    expect(tombstonesOf(backupText(input, now))).toEqual([]);
    expect(tombstonesOf('not json')).toEqual([]);
    expect(
      tombstonesOf(
        JSON.stringify({ 'lede:tombstones': [{ id: 'x' }, { id: 3, deleted: LATER }, { id: 'y', deleted: 'soon' }] }),
      ),
    ).toEqual([]);
  });
});
