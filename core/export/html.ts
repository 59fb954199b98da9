// Printable HTML export: one self-contained page, every piece of text escaped, and a CSP that forbids scripts,
// so a hostile passage or note can never run when the file is opened.
import { siteLabel } from '../article/site-label';
import type { ArticleBundle, ExportInput } from './bundle';
import { bundleArticles, colorMeaning } from './bundle';
import { EXPORT_HIGHLIGHT_COLORS } from '../palette';
import { exportableUrl } from './safe-url';
import { annotationLink } from './text-fragment';
import { inMarks } from '../facts/quote-display';
import { forSharing } from '../invisible-chars';

/** The Content-Security-Policy embedded in the page: no scripts, no remote anything; only its own inline styles. */
export const EXPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'; base-uri 'none'";

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** An href only for http(s) URLs (a `javascript:` URL must never become a link); otherwise null. */
function safeHref(url: string): string | null {
  const safe = exportableUrl(url);
  return safe === null ? null : escapeHtml(safe);
}

const STYLE = `
body{font:16px/1.55 Georgia,serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.35rem;margin:2.5rem 0 .25rem}h3{font-size:1rem;margin:1.5rem 0 .5rem;font-family:system-ui,sans-serif;text-transform:uppercase;letter-spacing:.06em;color:#555}
.meta{font:14px system-ui,sans-serif;color:#555}
blockquote{margin:.75rem 0;padding:.4rem .8rem;border-left:4px solid #999}
.note{margin:.25rem 0 0 1.1rem;font-family:system-ui,sans-serif;font-size:15px;white-space:pre-wrap}
.tags{font:13px system-ui,sans-serif;color:#555;margin-left:1.1rem}
a{color:#0b57d0}article{break-inside:avoid-page}
@media print{a{color:inherit}body{margin:0}}
`;

function articleSection(b: ArticleBundle, input: Pick<ExportInput, 'colors'>): string {
  const { article, extraction } = b;
  const href = safeHref(article.url);
  const title = escapeHtml(article.title || article.url);
  const out: string[] = ['<article>', `<h2>${href ? `<a href="${href}">${title}</a>` : title}</h2>`];
  const meta = [article.byline, siteLabel(article), article.lastSeen && `read ${article.lastSeen.slice(0, 10)}`].filter(
    Boolean,
  ) as string[];
  out.push(`<p class="meta">${meta.map(escapeHtml).join(' · ')}</p>`);
  if (article.note?.trim()) out.push(`<h3>My note</h3>`, `<p class="note">${escapeHtml(article.note.trim())}</p>`);
  const facts = extraction?.facts.slice(0, 10) ?? [];
  if (facts.length) out.push('<h3>Key facts</h3><ul>', ...facts.map((f) => `<li>${escapeHtml(f.text)}</li>`), '</ul>');
  const quotes = extraction?.quotes ?? [];
  if (quotes.length) {
    out.push('<h3>Quotes</h3>');
    for (const q of quotes) {
      out.push(
        `<blockquote>${escapeHtml(inMarks(q.text, q.source?.selector))}<br><span class="meta">— ${escapeHtml(q.speaker ?? q.attribution ?? 'Unattributed')}</span></blockquote>`,
      );
    }
  }
  if (b.annotations.length) {
    out.push('<h3>Highlights</h3>');
    for (const a of b.annotations) {
      const link = safeHref(annotationLink(a));
      const bg = (EXPORT_HIGHLIGHT_COLORS as Record<string, string>)[a.body.color] ?? EXPORT_HIGHLIGHT_COLORS.yellow;
      out.push(
        `<blockquote style="border-color:${bg};background:${bg}33">${escapeHtml(a.target.selector[0].exact)}${
          link ? ` <a href="${link}" aria-label="Open this passage on the page">↗</a>` : ''
        }</blockquote>`,
      );
      if (a.body.note) out.push(`<p class="note">${escapeHtml(a.body.note)}</p>`);
      const meaning = colorMeaning(input, a.body.color);
      const labels = [...(meaning ? [escapeHtml(meaning)] : []), ...a.body.tags.map((t) => `#${escapeHtml(t)}`)];
      if (labels.length) out.push(`<p class="tags">${labels.join(' ')}</p>`);
    }
  }
  out.push('</article>');
  return out.join('\n');
}

/** The articles in scope as one printable, script-free HTML document. Pure; `now` dates the page. */
export function exportHtml(input: ExportInput, now: () => Date): string {
  const bundles = bundleArticles(input);
  const title = bundles.length === 1 ? bundles[0]!.article.title || 'Lede notes' : 'Lede notes';
  // Never-drawn characters in old or imported notes are not handed on (invisible-chars.ts).
  return forSharing(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="meta">Exported from Lede on ${escapeHtml(now().toISOString().slice(0, 10))} · ${bundles.length} article${bundles.length === 1 ? '' : 's'}</p>
${bundles.map((b) => articleSection(b, input)).join('\n')}
</body>
</html>
`);
}
