// The reader's folder, on an in-memory directory handle: notes written once and only when they change, the
// reader's own text around Lede's block kept, an edited block never overwritten (a side file says so), a
// rolling backup, and merging a folder's annotations back by id with the newest edit winning.
import { describe, expect, it } from 'vitest';
import { articleToMarkdown, exportJsonLdText } from '../../../core/export';
import { mergeByNewest, readNewestBackups, updateNoteFile, writeVault } from '../../../core/vault';
import { MemoryDirectory } from '../../../core/vault/memory-directory';
import { realArticleBundle } from '../export/template/real-article';

const bundle = realArticleBundle();
const input = {
  articles: [bundle.article],
  annotations: bundle.annotations,
  extractions: new Map([[bundle.article.key, bundle.extraction!]]),
};
const day = (d: string) => () => new Date(`${d}T12:00:00.000Z`);
const options = (d = '2026-05-10') => ({
  now: day(d),
  render: articleToMarkdown,
  backup: exportJsonLdText(input, day(d)),
});

describe('writing the folder', () => {
  it('writes one note per article inside Lede’s block, and nothing again when nothing changed', async () => {
    const root = new MemoryDirectory();
    const first = await writeVault(root, input, options());
    const dir = root.dirs.get('Lede')!;
    expect(first.written).toHaveLength(1);
    const name = first.written[0]!;
    expect(name).toMatch(/^China-and-Russia-Strengthen-Alliance-[0-9a-f]{6}\.md$/);
    const text = dir.files.get(name)!;
    expect(text).toMatch(/^<!-- lede:begin hash=[0-9a-f]{8} -->\n---\ntitle: "China and Russia Strengthen Alliance"/);
    expect(text.trimEnd().endsWith('<!-- lede:end -->')).toBe(true);
    const writes = dir.writes;
    const again = await writeVault(root, input, { ...options(), backup: undefined });
    expect(again).toMatchObject({ written: [], unchanged: 1, sideFiles: [] });
    expect(dir.writes).toBe(writes);
  });

  it('keeps what the reader wrote around the block when a highlight changes, under the same file name', async () => {
    const root = new MemoryDirectory();
    const [name] = (await writeVault(root, input, options())).written;
    const dir = root.dirs.get('Lede')!;
    dir.files.set(name!, `My summary first.\n\n${dir.files.get(name!)!}\nMy thoughts after.\n`);
    const edited = {
      ...input,
      articles: [{ ...bundle.article, title: 'A new headline' }],
      annotations: bundle.annotations.map((a, i) => (i === 1 ? { ...a, body: { ...a.body, note: 'Added later' } } : a)),
    };
    const r = await writeVault(root, edited, options());
    expect(r.written).toEqual([name]);
    const text = dir.files.get(name!)!;
    expect(text.startsWith('My summary first.\n\n<!-- lede:begin')).toBe(true);
    expect(text.endsWith('<!-- lede:end -->\n\nMy thoughts after.\n')).toBe(true);
    expect(text).toContain('Added later');
  });

  it('never overwrites a block the reader edited: it writes a side file and reports it', async () => {
    const root = new MemoryDirectory();
    const [name] = (await writeVault(root, input, options())).written;
    const dir = root.dirs.get('Lede')!;
    const handEdited = dir.files.get(name!)!.replace('## Highlights', '## My highlights');
    dir.files.set(name!, handEdited);
    const changed = { ...input, annotations: bundle.annotations.slice(0, 2) };
    const r = await writeVault(root, changed, options());
    expect(r.written).toEqual([]);
    expect(r.sideFiles).toEqual([{ file: name, side: name!.replace(/\.md$/, '.lede-update.md'), reason: 'edited' }]);
    expect(dir.files.get(name!)).toBe(handEdited);
    expect(dir.files.get(r.sideFiles[0]!.side)).toContain('## Highlights');
  });

  it('a file without Lede’s block (the reader removed it) is left alone too', () => {
    expect(updateNoteFile('# My own note\n', 'x').kind).toBe('foreign');
  });

  it('keeps a rolling JSON-LD backup of the newest five days', async () => {
    const root = new MemoryDirectory();
    for (const d of ['2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05', '2026-05-06', '2026-05-07'])
      await writeVault(root, input, options(d));
    const backups = [...root.dirs.get('Lede')!.dirs.get('backups')!.files.keys()].sort();
    expect(backups).toEqual([
      'lede-2026-05-03-lede.jsonld',
      'lede-2026-05-04-lede.jsonld',
      'lede-2026-05-05-lede.jsonld',
      'lede-2026-05-06-lede.jsonld',
      'lede-2026-05-07-lede.jsonld',
    ]);
    expect(JSON.parse(root.dirs.get('Lede')!.dirs.get('backups')!.files.get('lede-2026-05-07-lede.jsonld')!).type).toBe(
      'AnnotationCollection',
    );
  });

  it('two profiles syncing one folder keep their own backups, and import reads the newest of each', async () => {
    const root = new MemoryDirectory();
    await writeVault(root, input, { ...options('2026-05-01'), profile: 'laptop' });
    await writeVault(root, input, { ...options('2026-05-02'), profile: 'laptop' });
    await writeVault(root, { ...input, annotations: [] }, { ...options('2026-05-03'), profile: 'desktop' });
    const newest = await readNewestBackups(root);
    expect(newest.map((b) => b.name)).toEqual(['lede-2026-05-02-laptop.jsonld', 'lede-2026-05-03-desktop.jsonld']);
    expect(await readNewestBackups(new MemoryDirectory())).toEqual([]);
  });
});

describe('import from folder', () => {
  it('merges by annotation id: new ones added, newer edits win, nothing duplicated', () => {
    const [a, b, c] = bundle.annotations;
    const newerB = {
      ...b!,
      body: { ...b!.body, note: 'edited on the other machine' },
      modified: '2026-06-01T00:00:00.000Z',
    };
    const olderC = { ...c!, body: { ...c!.body, note: 'stale' }, modified: '2020-01-01T00:00:00.000Z' };
    const extra = { ...a!, id: 'urn:uuid:00000000-0000-4000-8000-0000000000aa' };
    const r = mergeByNewest([a!, b!, c!], [a!, newerB, olderC, extra, extra], {}, day('2026-06-10'));
    expect(r).toMatchObject({ added: 1, updated: 1, unchanged: 2 });
    expect(r.toStore.map((x) => x.id).sort()).toEqual([b!.id, extra.id].sort());
    expect(r.toStore.find((x) => x.id === b!.id)!.body.note).toBe('edited on the other machine');
  });
});
