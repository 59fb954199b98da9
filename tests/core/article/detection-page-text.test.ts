// The detector's ninth round (issue #12): a long run of prose with no headline anywhere on the page is a wall of
// items, not one article.
// Real pages, trimmed (tests/fixtures/detection/SOURCES.md says from where), each beside the near miss it must not catch.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isHeadlessWall } from '../../../core/article/article-rule';
import { measurePage } from '../../../core/article/index';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { verdictAt } from './verdict';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'detection');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

async function shapeAt(url: string, html: string) {
  const parsed = parseHtml(html, url);
  try {
    return measurePage(parsed.document);
  } finally {
    await parsed.close();
  }
}

describe('a long run of prose with no headline on the page', () => {
  const events = fixture('cleaneval-499-events-list.html');
  const eventsUrl = 'http://www.idsachicago.org/past/2003.html';
  const bartleby = fixture('readability-bartleby-study-text.html');
  // Readability's test page records no URL: a reserved one, as the bench uses.
  const bartlebyUrl = 'https://clean-links.invalid/study';

  it("says no to IDSA Chicago's calendar of 2003: 49 paragraphs of events in one cell, no <h1>, no heading", async () => {
    const shape = await shapeAt(eventsUrl, events);
    expect(shape.proseParagraphs).toBeGreaterThanOrEqual(30);
    expect(shape.hasH1).toBe(false);
    expect(isHeadlessWall(shape)).toBe(true);
    expect(await verdictAt(eventsUrl, events)).toBe(false);
  });

  it("near miss: Bartleby's study text, as long and with no <h1>, names itself in headings inside its run", async () => {
    const shape = await shapeAt(bartlebyUrl, bartleby);
    expect(shape.proseParagraphs).toBeGreaterThanOrEqual(30);
    expect(shape.hasH1).toBe(false);
    expect(isHeadlessWall(shape)).toBe(false);
    expect(await verdictAt(bartlebyUrl, bartleby)).toBe(true);
  });
});
