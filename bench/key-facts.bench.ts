// What the popup's key-fact rule (core/facts/top-facts) keeps on real pages: facts extracted versus facts that read
// as claims with a value, and how many pages are left with fewer than the popup's three. A look at coverage, not
// a score: nothing here is labelled.
import { extractArticle } from '../core/article/extract-article';
import { extractKeyItems } from '../core/facts';
import { isKeyFact } from '../core/facts/top-facts';
import { loadFixtures } from '../scripts/lib/fixtures';
import { parseHtml } from '../scripts/lib/parse-html';

export default async function run(): Promise<void> {
  let pages = 0;
  let facts = 0;
  let kept = 0;
  let colonLeadIns = 0;
  let eventOnly = 0;
  const short: string[] = [];
  for (const fx of loadFixtures()) {
    const parsed = parseHtml(fx.html, fx.expected.url);
    const article = extractArticle(parsed.document, { url: fx.expected.url }).article;
    await parsed.close();
    if (!article || !fx.expected.isArticle) continue;
    const ex = extractKeyItems({ title: article.title, blocks: article.blocks, lang: article.lang });
    pages++;
    facts += ex.facts.length;
    const keyFacts = ex.facts.filter(isKeyFact);
    kept += keyFacts.length;
    colonLeadIns += ex.facts.filter((f) => /:\s*$/.test(f.text)).length;
    eventOnly += ex.facts.filter(
      (f) => f.details.length > 0 && f.details.every((d) => d.kind === 'event' || d.kind === 'ordinal'),
    ).length;
    const top3Before = Math.min(3, ex.facts.length);
    if (Math.min(3, keyFacts.length) < top3Before)
      short.push(`${fx.slug} ${Math.min(3, keyFacts.length)}/${top3Before}`);
  }
  console.log(
    `${pages} article pages (tests/fixtures/pages): ${facts} facts extracted, ${kept} kept as key facts (${((100 * kept) / Math.max(1, facts)).toFixed(0)}%)`,
  );
  console.log(
    `left out: ${colonLeadIns} lead-ins ending in ":", ${eventOnly} with only named events or ordinals as specifics`,
  );
  console.log(
    `pages whose popup shows fewer than before (kept/before, of the top three): ${short.length ? short.join(', ') : 'none'}`,
  );
}
