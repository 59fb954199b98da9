// Markdown export that Obsidian and other note tools read well: YAML front matter, key facts, quotes with speakers,
// and highlights in page order with notes, tags and a text-fragment link back to the passage.
import { oneLine } from '../article/metadata-values';
import { siteLabel } from '../article/site-label';
import type { ArticleBundle, ExportInput } from './bundle';
import { bundleArticles, bundleTags, colorMeaning } from './bundle';
import { exportableUrl } from './safe-url';
import { annotationLink } from './text-fragment';
import { inMarks } from '../facts/quote-display';
import { forSharing } from '../invisible-chars';
import { noteMarkdown } from './note-markdown';

/** How many key facts a note lists (facts arrive best first). */
const MAX_FACTS = 10;

/**
 * A YAML double-quoted scalar. JSON's escapes are valid YAML, but YAML 1.1 readers also break lines on NEL, LS and
 * PS, and a control character would make the whole front matter unreadable, so those are escaped as well.
 */
export function yamlString(value: string): string {
  return JSON.stringify(value).replace(
    /[\u0085\u2028\u2029\u007f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * A tag as Obsidian accepts it: letters, digits, '_', '-' and '/' only. Anything else (spaces, '#', and the markup
 * an imported file can put in a tag, like `<img onerror>` or `[x](javascript:)`) becomes '-', since `#tag` is
 * written unescaped into the Markdown body.
 */
export function obsidianTag(tag: string): string {
  // Readers reuse a few tags on thousands of highlights: each is worked out once.
  let out = tagCache.get(tag);
  if (out === undefined) {
    out = tag
      .trim()
      .replace(/^#+/, '')
      .replace(/[^\p{L}\p{N}\p{M}_/-]+/gu, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^-|-$/g, '');
    if (tagCache.size >= 10_000) tagCache.clear();
    tagCache.set(tag, out);
  }
  return out;
}
const tagCache = new Map<string, string>();

/**
 * Page text as Markdown text: characters that would turn into markup (emphasis, links, raw HTML, code) are
 * backslash-escaped, so a passage is always shown as written and never rendered as HTML. A line may not open a
 * block either: a leading "#", "-", "+" or the "." / ")" of "1." is escaped whatever follows it, since "## x",
 * "#x" under some readers, a "---" rule (or setext underline) and "1)" all start one. A "%" after another "%" is
 * escaped too: "%%" opens an Obsidian comment that hides the rest of the file, the reader's notes included. Nor may
 * the page's words file the note or give it fields in the reader's notes app (red team 50, E): a "#" before anything
 * but a space or punctuation anywhere (a letter, an emoji: red team 51) ("cuts 4 billion #todo", "#lede/Evidence", Lede's own colour tag) is escaped, and so are the second
 * ":" of a Dataview or Logseq field ("rating:: 5") and the doubled "{" or "(" of a Logseq macro or block reference.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~=$]/g, '\\$&')
    .replace(/%(?=%)/g, '%\\')
    .replace(/#(?![\s\p{P}]|$)/gu, '\\#')
    .replace(/:(?=:)/g, ':\\')
    .replace(/\{\{|\(\(/g, (pair) => `\\${pair[0]}\\${pair[1]}`)
    .replace(/^([^\S\n]*)([#+-])/gm, '$1\\$2')
    .replace(/^([^\S\n]*\d+)([.)])/gm, '$1\\$2');
}

/** Every line of `text` as a Markdown block quote line. */
function blockquote(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => `> ${escapeMarkdown(line)}`.trimEnd())
    .join('\n');
}

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '');

function frontMatter(fields: [string, string | string[] | null][]): string {
  const lines = ['---'];
  for (const [key, value] of fields) {
    if (value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length === 0) continue;
      lines.push(`${key}:`);
      for (const v of value) lines.push(`  - ${yamlString(v)}`);
    } else {
      lines.push(`${key}: ${yamlString(value)}`);
    }
  }
  lines.push('---');
  return lines.join('\n');
}

/** The body of one article's note (everything after the front matter); `level` is the heading level of its title. */
function articleBody(bundle: ArticleBundle, level: number, input: Pick<ExportInput, 'colors'>): string {
  const h = (n: number) => '#'.repeat(Math.min(6, level + n));
  const { article, extraction } = bundle;
  const out: string[] = [`${h(0)} ${escapeMarkdown(oneLine(article.title) || article.url)}`, ''];
  const meta = [
    article.byline && `By ${escapeMarkdown(article.byline)}`,
    siteLabel(article) && escapeMarkdown(siteLabel(article)),
  ]
    .filter(Boolean)
    .join(' · ');
  const url = exportableUrl(article.url);
  out.push(`${meta ? `${meta} · ` : ''}${url ? `<${url}>` : escapeMarkdown(article.url)}`, '');
  if (article.note?.trim()) out.push(`${h(1)} My note`, '', noteMarkdown(article.note.trim()), '');
  const facts = extraction?.facts.slice(0, MAX_FACTS) ?? [];
  if (facts.length) {
    out.push(`${h(1)} Key facts`, '');
    for (const f of facts) out.push(`- ${escapeMarkdown(oneLine(f.text))}`);
    out.push('');
  }
  const quotes = extraction?.quotes ?? [];
  if (quotes.length) {
    out.push(`${h(1)} Quotes`, '');
    for (const q of quotes) {
      out.push(blockquote(inMarks(oneLine(q.text), q.source?.selector)));
      out.push(`> — ${escapeMarkdown(oneLine(q.speaker ?? q.attribution ?? '') || 'Unattributed')}`, '');
    }
  }
  if (bundle.annotations.length) {
    out.push(`${h(1)} Highlights`, '');
    for (const a of bundle.annotations) {
      out.push(blockquote(a.target.selector[0].exact));
      const link = exportableUrl(annotationLink(a));
      if (link) out.push(`> [↗](<${link}>)`);
      if (a.body.note.trim()) out.push('', noteMarkdown(a.body.note.trim()));
      // The colour's meaning travels as an Obsidian tag under lede/ ("#lede/Evidence"), apart from the reader's tags.
      const meaning = colorMeaning(input, a.body.color);
      const tags = [...a.body.tags, ...(meaning ? [`lede/${meaning}`] : [])].map(obsidianTag).filter(Boolean);
      if (tags.length) out.push('', tags.map((t) => `#${t}`).join(' '));
      out.push('');
    }
  }
  return out.join('\n');
}

/** One article as a complete Markdown note with YAML front matter. */
export function articleToMarkdown(bundle: ArticleBundle, input: Pick<ExportInput, 'colors'> = {}): string {
  const { article } = bundle;
  const fm = frontMatter([
    ['title', article.title],
    ['url', exportableUrl(article.url) ?? ''],
    ['author', article.byline],
    ['published', day(article.publishedTime)],
    ['site', siteLabel(article)],
    ['tags', bundleTags(bundle).map(obsidianTag).filter(Boolean)],
    ['date read', day(article.lastSeen)],
    ['note', article.note?.trim() || null],
  ]);
  // Never-drawn characters (tag characters spelling hidden text) in a note saved before they were left out, or in
  // an imported one, are not handed on.
  return forSharing(`${fm}\n\n${articleBody(bundle, 1, input)}`);
}

/**
 * Markdown for the articles in scope: a single article gives its note; several give one document (front matter
 * for the export, then a section per article) that still pastes cleanly into one note. Pure; `now` dates the export.
 */
export function exportMarkdown(input: ExportInput, now: () => Date): string {
  const bundles = bundleArticles(input);
  if (bundles.length === 1) return articleToMarkdown(bundles[0]!, input);
  const parts = [
    frontMatter([
      ['title', 'Lede notes'],
      ['exported', now().toISOString()],
      ['articles', String(bundles.length)],
    ]),
    '',
    '# Lede notes',
    '',
  ];
  for (const b of bundles) {
    parts.push(articleBody(b, 2, input));
    const tags = bundleTags(b).map(obsidianTag).filter(Boolean);
    if (tags.length) parts.push(`Tags: ${tags.map((t) => `#${t}`).join(' ')}`, '');
    parts.push(`Read: ${day(b.article.lastSeen)}`, '', '---', '');
  }
  return forSharing(parts.join('\n'));
}
