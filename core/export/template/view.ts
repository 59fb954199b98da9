// The data an export template sees for one article: every field as plain strings, booleans and lists, with
// ready-made safe forms (YAML scalars, link destinations, one entry per line) so a logic-less template never needs
// to build syntax out of page text. Pure: no clock but the one passed in.
import { oneLine } from '../../article/metadata-values';
import { siteLabel } from '../../article/site-label';
import type { ColorId } from '../../types';
import type { ArticleBundle } from '../bundle';
import { bundleTags } from '../bundle';
import { obsidianTag, yamlString } from '../markdown';
import { annotationLink } from '../text-fragment';

/** How many key facts a template sees (facts arrive best first), as in the fixed Markdown layout. */
const MAX_FACTS = 10;

export interface TemplateTag {
  /** The tag as the reader typed it. */
  name: string;
  /** The tag as Obsidian and Logseq accept it after '#': letters, digits, '_', '-', '/'. */
  slug: string;
  /** The tag as a YAML double-quoted scalar. */
  yaml: string;
  /** True for the last tag of its list, to leave out a separator: {{^last}}, {{/last}}. */
  last: boolean;
}

export interface TemplateHighlight {
  text: string;
  /** The passage's lines, for block quotes and callouts that prefix every line. */
  lines: string[];
  note: string;
  noteLines: string[];
  hasNote: boolean;
  tags: TemplateTag[];
  hasTags: boolean;
  color: ColorId;
  /** What the reader's colour means ("Evidence", "Question"…), from their settings. */
  meaning: string;
  /** The Obsidian callout type for the colour: quote, success, info, question, todo. */
  callout: string;
  /** A link that opens the page scrolled to the passage, as a Markdown destination (`<…>`); use with {{{ }}}. */
  link: string;
  /** The same link, bare. */
  linkUrl: string;
  created: string;
  createdDate: string;
  modified: string;
  /** "fact" or "quote" when the highlight was saved from an extracted fact or quote, else "". */
  origin: string;
}

export interface TemplateQuote {
  text: string;
  lines: string[];
  speaker: string;
  hasSpeaker: boolean;
  kind: string;
}

export interface TemplateFact {
  text: string;
  values: string[];
}

/** Everything one article's template can print. Field names are the template's variables. */
export interface TemplateView {
  title: string;
  url: string;
  /** The article URL as a Markdown destination (`<…>`); use with {{{ }}}. */
  urlLink: string;
  author: string;
  hasAuthor: boolean;
  site: string;
  published: string;
  hasPublished: boolean;
  firstRead: string;
  lastRead: string;
  exported: string;
  /** "As read on": the date the text was kept when the reader first highlighted it, when Lede kept one. */
  asReadOn: string;
  hasAsReadOn: boolean;
  tags: TemplateTag[];
  hasTags: boolean;
  articleNote: string;
  articleNoteLines: string[];
  hasArticleNote: boolean;
  facts: TemplateFact[];
  hasFacts: boolean;
  quotes: TemplateQuote[];
  hasQuotes: boolean;
  highlights: TemplateHighlight[];
  hasHighlights: boolean;
  highlightCount: number;
  noteCount: number;
  /** YAML double-quoted forms of the text fields, for front matter / properties; use with {{{ }}}. */
  yaml: { title: string; url: string; author: string; site: string };
}

export interface TemplateViewOptions {
  /** Meaning of each colour, from the reader's settings. */
  colorLabels: Readonly<Record<ColorId, string>>;
  now: () => Date;
  /** A note about the article as a whole, when the caller has one. */
  articleNote?: string | null | undefined;
  /** ISO date of the text as first read ("as read on"), when a revision record exists. */
  asReadOn?: string | null | undefined;
}

/** Obsidian callout types that carry each colour's usual meaning. */
const CALLOUTS: Record<ColorId, string> = {
  yellow: 'quote',
  green: 'success',
  blue: 'info',
  pink: 'question',
  purple: 'todo',
};

/** The calendar day of a stamp, or '' when it does not open with one: an imported record may hold any short text. */
const day = (iso: string | null | undefined) => (iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : '');
const linesOf = (s: string) => s.split(/\r\n|\r|\n/);
const destination = (url: string) => `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;

function tagsOf(names: readonly string[]): TemplateTag[] {
  const tags = names
    .map((name) => ({ name, slug: obsidianTag(name), yaml: yamlString(name), last: false }))
    .filter((t) => t.slug);
  if (tags.length) tags[tags.length - 1]!.last = true;
  return tags;
}

/** Builds the view of one article for a template. Never mutates the bundle. */
export function templateView(bundle: ArticleBundle, options: TemplateViewOptions): TemplateView {
  const { article, extraction } = bundle;
  const title = oneLine(article.title) || article.url;
  const site = siteLabel(article);
  const note = (options.articleNote ?? '').trim();
  const highlights = bundle.annotations.map((a): TemplateHighlight => {
    const text = a.target.selector[0].exact;
    const hNote = a.body.note.trim();
    const tags = tagsOf(a.body.tags);
    const link = annotationLink(a);
    return {
      text,
      lines: linesOf(text),
      note: hNote,
      noteLines: hNote ? linesOf(hNote) : [],
      hasNote: hNote !== '',
      tags,
      hasTags: tags.length > 0,
      color: a.body.color,
      meaning: options.colorLabels[a.body.color] ?? a.body.color,
      callout: CALLOUTS[a.body.color] ?? 'quote',
      link: destination(link),
      linkUrl: link,
      created: a.created,
      createdDate: day(a.created),
      modified: a.modified,
      origin: a.origin?.kind ?? '',
    };
  });
  const facts = (extraction?.facts ?? [])
    .slice(0, MAX_FACTS)
    .map((f) => ({ text: oneLine(f.text), values: f.values.slice() }));
  const quotes = (extraction?.quotes ?? []).map((q) => {
    const text = oneLine(q.text);
    const speaker = oneLine(q.speaker ?? q.attribution ?? '');
    return { text, lines: [text], speaker, hasSpeaker: speaker !== '', kind: q.kind };
  });
  const tags = tagsOf(bundleTags(bundle));
  return {
    title,
    url: article.url,
    urlLink: destination(article.url),
    author: article.byline ?? '',
    hasAuthor: Boolean(article.byline),
    site,
    published: day(article.publishedTime),
    hasPublished: day(article.publishedTime) !== '',
    firstRead: day(article.firstSeen),
    lastRead: day(article.lastSeen),
    exported: day(options.now().toISOString()),
    asReadOn: day(options.asReadOn),
    hasAsReadOn: day(options.asReadOn) !== '',
    tags,
    hasTags: tags.length > 0,
    articleNote: note,
    articleNoteLines: note ? linesOf(note) : [],
    hasArticleNote: note !== '',
    facts,
    hasFacts: facts.length > 0,
    quotes,
    hasQuotes: quotes.length > 0,
    highlights,
    hasHighlights: highlights.length > 0,
    highlightCount: highlights.length,
    noteCount: highlights.filter((h) => h.hasNote).length,
    yaml: {
      title: yamlString(title),
      url: yamlString(article.url),
      author: yamlString(article.byline ?? ''),
      site: yamlString(site),
    },
  };
}

/**
 * Every variable name a template may use, at any depth, for spotting typos. Kept beside the view so a field added
 * there and not here fails the test that renders every name.
 */
export const TEMPLATE_FIELDS: readonly string[] = [
  'title',
  'url',
  'urlLink',
  'author',
  'hasAuthor',
  'site',
  'published',
  'hasPublished',
  'firstRead',
  'lastRead',
  'exported',
  'asReadOn',
  'hasAsReadOn',
  'tags',
  'hasTags',
  'articleNote',
  'articleNoteLines',
  'hasArticleNote',
  'facts',
  'hasFacts',
  'quotes',
  'hasQuotes',
  'highlights',
  'hasHighlights',
  'highlightCount',
  'noteCount',
  'yaml',
  // inside tags
  'name',
  'slug',
  'last',
  // inside highlights
  'text',
  'lines',
  'note',
  'noteLines',
  'hasNote',
  'color',
  'meaning',
  'callout',
  'link',
  'linkUrl',
  'created',
  'createdDate',
  'modified',
  'origin',
  // inside quotes and facts
  'speaker',
  'hasSpeaker',
  'kind',
  'values',
];
