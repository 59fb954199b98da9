// `npx tsx scripts/add-fixture.ts SLUG SOURCE.html [--url URL]`: adds a golden page to tests/fixtures/pages/SLUG/
// with Lede's current metadata and a draft reference body to be read and corrected by hand (reviewed: false).
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle, isProbablyArticle } from '../core/article/index';
import { draftReferenceBody, FIXTURES_DIR, metadataOf, writeExpected } from './lib/fixtures';
import { parseHtml } from './lib/parse-html';

function main(argv: string[]): number {
  const urlAt = argv.indexOf('--url');
  const url = urlAt >= 0 ? argv[urlAt + 1] : undefined;
  const [slug, source] = argv.filter((_, i) => urlAt < 0 || (i !== urlAt && i !== urlAt + 1));
  if (!slug || !source || !/^[a-z0-9][a-z0-9-]*$/.test(slug)) {
    process.stderr.write('usage: tsx scripts/add-fixture.ts SLUG SOURCE.html [--url URL]   (slug: kebab-case)\n');
    return 2;
  }
  if (!existsSync(source)) {
    process.stderr.write(`add-fixture: no such file ${source}\n`);
    return 2;
  }
  const dir = join(FIXTURES_DIR, slug);
  if (existsSync(join(dir, 'expected.json'))) {
    process.stderr.write(
      `add-fixture: ${slug} exists; edit its expected.json or run the tests with UPDATE_FIXTURES=1\n`,
    );
    return 2;
  }
  const html = readFileSync(source, 'utf8');
  const pageUrl = url ?? guessUrl(html) ?? `https://${slug}.example/`;
  const page = parseHtml(html, pageUrl);
  const isArticle = isProbablyArticle(page.document);
  const { article } = extractArticle(page.document, { url: pageUrl });
  void page.close();
  mkdirSync(dir, { recursive: true });
  copyFileSync(source, join(dir, 'source.html'));
  writeExpected(dir, {
    url: pageUrl,
    ...metadataOf(article, isArticle),
    referenceBody: isArticle ? draftReferenceBody(html, pageUrl) : [],
    reviewed: false,
  });
  process.stdout.write(
    `wrote ${dir}/expected.json: read the page, correct referenceBody and metadata, set reviewed: true\n`,
  );
  return 0;
}

/** The page's own canonical or og:url, so canonicalization is exercised as on the live site. */
function guessUrl(html: string): string | null {
  const m =
    /<link[^>]+rel=["']?canonical["']?[^>]+href=["']([^"']+)["']/i.exec(html) ??
    /<meta[^>]+property=["']og:url["'][^>]+content=["']([^"']+)["']/i.exec(html);
  return m && /^https?:\/\//.test(m[1]!) ? m[1]! : null;
}

process.exitCode = main(process.argv.slice(2));
