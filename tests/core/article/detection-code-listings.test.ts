// Code set in a <pre> is not article prose (run Q): a module's source page is not an article, a story set in <pre>
// still is. Real pages, trimmed (tests/fixtures/detection/SOURCES.md says from where).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDocumentationPage } from '../../../core/article/documentation-rule';
import { isCodeText } from '../../../core/article/code-listing';
import { measurePage } from '../../../core/article/index';
import { parseHtml } from '../../../scripts/lib/parse-html';
import { verdictAt } from './verdict';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'detection');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

/** The text of a page's first <pre>, as the walk reads it. */
async function preText(html: string): Promise<string> {
  const parsed = parseHtml(html);
  const text = parsed.document.querySelector('pre')?.textContent ?? '';
  await parsed.close();
  return text;
}

describe("a module's source, highlighted in one <pre>", () => {
  const source = fixture('sphinx-modules-parsers-source.html');
  const url = 'https://www.sphinx-doc.org/en/master/_modules/sphinx/parsers.html';

  it("says no to Sphinx's page of sphinx.parsers' source (one article of 1,841 characters before run Q)", async () => {
    expect(await verdictAt(url, source)).toBe(false);
  });

  it('counts none of it as prose, the class blocks Sphinx sets inside the <pre> included', async () => {
    const parsed = parseHtml(source, url);
    const shape = measurePage(parsed.document);
    await parsed.close();
    expect(shape.allProseChars).toBe(0);
    expect(shape.codeListingChars).toBeGreaterThan(2000);
  });

  it('reads its text as code', async () => {
    expect(isCodeText(await preText(source))).toBe(true);
  });
});

describe('near miss: a story set in <pre>', () => {
  const release = fixture('page-signal-reuters-pre-press-release.html');
  const url = 'http://www.reuters.com/article/pressRelease/idUS10215+06-Jan-2008+BW20080106';

  it("reads Reuters' page of a Business Wire release, all of it one plain-text <pre>, as one article", async () => {
    expect(await verdictAt(url, release)).toBe(true);
  });

  it('does not read its text as code, though it has parentheses, colons and a dash-wrapped dateline', async () => {
    expect(isCodeText(await preText(release))).toBe(false);
  });
});

describe('what a line of code is (isCodeText)', () => {
  const cases: Record<string, { text: string; code: boolean }> = {
    // From Node.js's documentation (api/all.html).
    'a JavaScript example': {
      text: "server.prependOnceListener('connection', (stream) => {\n  console.log('Ah, we have our first user!');\n});",
      code: true,
    },
    // From Django's model documentation (topics/db/models.html).
    'a Python class': {
      text: 'from django.db import models\n\nclass Person(models.Model):\n    first_name = models.CharField(max_length=50)\n    last_name = models.CharField(max_length=50)',
      code: true,
    },
    // From a dev article's RFC draft (readability/ietf-1): prose lines that open with "for" and "from".
    'an RFC paragraph': {
      text: "    from the OAuth dialog, it MAY add 'access_token' and 'scope'\n    fields to the URL fragment.\n    for accessing the account (how, is out of scope), and allow or\n    deny access.",
      code: false,
    },
    // From page-signal's CNW release (92474c42…): a plain-text news release.
    'a wire release': {
      text: '    TORONTO, Jan. 6 /CNW/ - Today at the Consumer Electronic Show (CES) in\nLas Vegas, Microsoft Corp. announced that Zune will be available in Canada in\nSpring 2008.',
      code: false,
    },
  };
  for (const [name, { text, code }] of Object.entries(cases))
    it(`${name}: ${code ? 'code' : 'not code'}`, () => expect(isCodeText(text)).toBe(code));
});

describe("the documentation rule's density still counts listings as text", () => {
  // The measures of HTML5Rocks' article on the Fetch API (Readability's test page 002, a dev article): 71 bits of code
  // in 11,830 characters of prose and 3,289 of listings. Without its listings it would be denser than the rule allows.
  it('an undeclared tutorial whose examples are listings is not documentation', async () => {
    const parsed = parseHtml('<p>x</p>');
    const shape = measurePage(parsed.document);
    await parsed.close();
    const tutorial = { ...shape, codeElements: 71, allProseChars: 11_830, codeListingChars: 3_289 };
    expect(isDocumentationPage(tutorial)).toBe(false);
    expect(isDocumentationPage({ ...tutorial, codeListingChars: 0 })).toBe(true);
  });
});
