// Run W's rule (issue #12, the claimed side): a page whose title calls it documentation is documentation.
// Trimmed from Python 3.11.2's documentation as Debian packages it (python3.11-doc, `html/download.html`, a dev
// documentation page), which Lede claimed: three paragraphs of prose, a table of links, no code set in the text and
// no permalinked headings, under Sphinx's default title "{page} — {project} {release} documentation".
import { describe, expect, it } from 'vitest';
import { isDocumentationTitle } from '../../../core/article/page-signals';
import { verdictAt } from './verdict';

const verdict = (title: string) => verdictAt('file:///usr/share/doc/python3.11/html/download.html', page(title));

function page(title: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8" /><title>${title}</title></head>
<body>
<div class="related" role="navigation" aria-label="related navigation">
  <h3>Navigation</h3>
  <ul>
    <li class="right"><a href="genindex.html" title="General Index" accesskey="I">index</a></li>
    <li><a href="https://www.python.org/">Python</a> &#187;</li>
    <li id="cpython-language-and-version"><a href="index.html">3.11.2 Documentation</a> &#187;</li>
    <li class="nav-item nav-item-this"><a href="">Download</a></li>
  </ul>
</div>
<div class="document"><div class="documentwrapper"><div class="bodywrapper"><div class="body" role="main">
<h1>Download Python 3.11.2 Documentation</h1>
<p><b>Last updated on: October 07, 2026.</b></p>
<p>To download an archive containing all the documents for this version of
Python in one of various formats, follow one of links in this table.</p>
<table class="docutils">
  <tr><th>Format</th><th>Packed as .zip</th><th>Packed as .tar.bz2</th></tr>
  <tr><td>PDF (US-Letter paper size)</td>
    <td><a href="https://docs.python.org/ftp/python/doc/3.11.2/python-3.11.2-docs-pdf-letter.zip">Download</a> (ca. 13 MiB)</td>
    <td><a href="https://docs.python.org/ftp/python/doc/3.11.2/python-3.11.2-docs-pdf-letter.tar.bz2">Download</a> (ca. 13 MiB)</td>
  </tr>
  <tr><td>HTML</td>
    <td><a href="https://docs.python.org/ftp/python/doc/3.11.2/python-3.11.2-docs-html.zip">Download</a> (ca. 9 MiB)</td>
    <td><a href="https://docs.python.org/ftp/python/doc/3.11.2/python-3.11.2-docs-html.tar.bz2">Download</a> (ca. 6 MiB)</td>
  </tr>
</table>
<p>These archives contain all the content in the documentation.</p>
<h2>Unpacking</h2>
<p>Unix users should download the .tar.bz2 archives; these are bzipped tar
archives and can be handled in the usual way using tar and the bzip2
program. The <a href="http://www.info-zip.org">InfoZIP</a> unzip program can be
used to handle the ZIP archives if desired. The .tar.bz2 archives provide the
best compression and fastest download times.</p>
<p>Windows users can use the ZIP archives since those are customary on that
platform. These are created on Unix using the InfoZIP zip program.</p>
<h2>Problems</h2>
<p>If you have comments or suggestions for the Python documentation, please send
email to <a href="mailto:docs@python.org">docs@python.org</a>.</p>
</div></div></div></div>
</body></html>`;
}

describe('a title that calls the page documentation (run W)', () => {
  it("rejects Python's download page under Sphinx's title", async () => {
    expect(await verdict('Download &#8212; Python 3.11.2 documentation')).toBe(false);
  });

  it('took the same page titled by its navigation name alone (what the other rules see: three paragraphs)', async () => {
    expect(await verdict('Download')).toBe(true);
  });

  it.each([
    ['Download — Python 3.11.2 documentation', true],
    ['django.template.exceptions — Django 3.2.25 documentation', true],
    ['sphinxcontrib.websupport.search — Sphinx documentation', true],
    ['3.11.2 Documentation', true],
    ['File system | Node.js v18.13.0 Documentation', true],
    // Dev articles' titles: a headline last, or a site's name that is not documentation.
    ['Install Docker Engine | Docker Documentation', true],
    ['This API is so Fetching! ✩ Mozilla Hacks – the Web developer blog', false],
    ['GitHub - golemfactory/yapapi: Python high-level API for Golem.', false],
  ])('isDocumentationTitle(%j) is %s', (title, expected) => {
    expect(isDocumentationTitle(title)).toBe(expected);
  });
});
