// The detector's verdict on a small page built in a test, parsed as at `url` (one helper for the rule-case files).
import { isProbablyArticle } from '../../../core/article/index';
import { parseHtml } from '../../../scripts/lib/parse-html';

/** Whether `isProbablyArticle` takes `html`, parsed as the page at `url`; the parsed document is closed after. */
export async function verdictAt(url: string, html: string): Promise<boolean> {
  const parsed = parseHtml(html, url);
  try {
    return isProbablyArticle(parsed.document);
  } finally {
    await parsed.close();
  }
}
