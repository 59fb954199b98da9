// Writes the reader's folder: one Markdown note per annotated article (Lede writes only inside its fenced
// block; edited blocks and foreign files get a side file instead, reported), plus a rolling JSON-LD backup.
// Works on anything shaped like the File System Access API's directory handle: the real one in Chrome, an
// origin-private one in tests and demos, an in-memory one in Node.
import type { ArticleBundle, ExportInput } from '../export/bundle';
import { bundleArticles } from '../export/bundle';
import { contentHash } from '../hash';
import { updateNoteFile } from './fenced-block';

export interface VaultWritable {
  write(data: string): Promise<void>;
  close(): Promise<void>;
}
export interface VaultFileHandle {
  getFile(): Promise<{ text(): Promise<string> }>;
  createWritable(): Promise<VaultWritable>;
}
export interface VaultDirectory {
  getDirectoryHandle(name: string, options?: { create?: boolean }): Promise<VaultDirectory>;
  getFileHandle(name: string, options?: { create?: boolean }): Promise<VaultFileHandle>;
  removeEntry(name: string): Promise<void>;
  keys(): AsyncIterable<string>;
}

export interface VaultOptions {
  now: () => Date;
  /** One article's note body (Lede's block content): the reader's template or the fixed layout. */
  render: (bundle: ArticleBundle) => string;
  /** The lossless backup's text (Lede JSON-LD); none written when absent. */
  backup?: string | undefined;
  /** Backups kept per profile, newest first. */
  keepBackups?: number | undefined;
  /** Names this browser profile's backups, so two machines syncing one folder never overwrite each other's. */
  profile?: string | undefined;
}

export interface VaultReport {
  written: string[];
  unchanged: number;
  /** Notes Lede did not touch because the reader edited them, with the side file Lede wrote instead. */
  sideFiles: { file: string; side: string; reason: 'edited' | 'foreign' }[];
  backup: string | null;
}

export const VAULT_FOLDER = 'Lede';
const BACKUPS = 'backups';

/** The profile a backup file belongs to, or null when the name is not a Lede backup. */
export function backupProfile(name: string): string | null {
  return /^lede-\d{4}-\d{2}-\d{2}-([a-z0-9]+)\.jsonld$/i.exec(name)?.[1] ?? null;
}

/**
 * The newest backup of every profile in the folder, as text: what "Import from folder" merges. Empty when the
 * folder has none.
 */
export async function readNewestBackups(root: VaultDirectory): Promise<{ name: string; text: string }[]> {
  let backups: VaultDirectory;
  try {
    backups = await (await root.getDirectoryHandle(VAULT_FOLDER)).getDirectoryHandle(BACKUPS);
  } catch (err) {
    if ((err as { name?: string } | null)?.name === 'NotFoundError') return [];
    throw err;
  }
  const newest = new Map<string, string>();
  for await (const n of backups.keys()) {
    const p = backupProfile(n);
    if (p && (!newest.has(p) || n > newest.get(p)!)) newest.set(p, n);
  }
  const out: { name: string; text: string }[] = [];
  for (const name of [...newest.values()].sort()) out.push({ name, text: (await readText(backups, name)) ?? '' });
  return out;
}

/** A readable, stable file name: the title's words, then 6 hex digits of the article key that keep it unique. */
export function noteFileName(bundle: ArticleBundle): { name: string; suffix: string } {
  const suffix = `-${contentHash(bundle.article.key).slice(0, 6)}.md`;
  const slug =
    bundle.article.title
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'article';
  return { name: `${slug}${suffix}`, suffix };
}

async function readText(dir: VaultDirectory, name: string): Promise<string | null> {
  try {
    return await (await (await dir.getFileHandle(name)).getFile()).text();
  } catch (err) {
    if ((err as { name?: string } | null)?.name === 'NotFoundError') return null;
    throw err;
  }
}

async function writeText(dir: VaultDirectory, name: string, text: string): Promise<void> {
  const w = await (await dir.getFileHandle(name, { create: true })).createWritable();
  await w.write(text);
  await w.close();
}

/**
 * Brings the folder up to date with the articles in `input`. Only files whose text changes are written. A note's
 * file keeps its name when the title changes (found by the key's suffix). Never deletes a note.
 */
export async function writeVault(
  root: VaultDirectory,
  input: ExportInput,
  options: VaultOptions,
): Promise<VaultReport> {
  const dir = await root.getDirectoryHandle(VAULT_FOLDER, { create: true });
  const bySuffix = new Map<string, string>();
  for await (const name of dir.keys()) {
    const m = /-[0-9a-f]{6}\.md$/.exec(name);
    if (m && !name.endsWith('.lede-update.md')) bySuffix.set(m[0], name);
  }
  const report: VaultReport = { written: [], unchanged: 0, sideFiles: [], backup: null };
  for (const bundle of bundleArticles(input)) {
    const fresh = noteFileName(bundle);
    const name = bySuffix.get(fresh.suffix) ?? fresh.name;
    const update = updateNoteFile(await readText(dir, name), options.render(bundle));
    if (update.kind === 'same') report.unchanged++;
    else if (update.kind === 'write') {
      await writeText(dir, name, update.text);
      report.written.push(name);
    } else {
      const side = name.replace(/\.md$/, '.lede-update.md');
      if ((await readText(dir, side)) !== update.sideText) await writeText(dir, side, update.sideText);
      report.sideFiles.push({ file: name, side, reason: update.kind });
    }
  }
  if (options.backup !== undefined) {
    const backups = await dir.getDirectoryHandle(BACKUPS, { create: true });
    const profile = (options.profile ?? 'lede').replace(/[^a-z0-9]/gi, '').slice(0, 32) || 'lede';
    const name = `lede-${options.now().toISOString().slice(0, 10)}-${profile}.jsonld`;
    await writeText(backups, name, options.backup);
    report.backup = `${BACKUPS}/${name}`;
    const mine: string[] = [];
    for await (const n of backups.keys()) if (backupProfile(n) === profile) mine.push(n);
    for (const old of mine
      .sort()
      .reverse()
      .slice(options.keepBackups ?? 5))
      await backups.removeEntry(old);
  }
  return report;
}
