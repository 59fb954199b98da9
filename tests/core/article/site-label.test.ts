// The address a reader tells two of a site's articles apart by (the popup's and sidebar's "Note saved on … (address)").
import { describe, expect, it } from 'vitest';
import { addressLabel } from '../../../core/article/site-label';

describe('addressLabel', () => {
  it.each([
    ['https://www.news.example/2024/05/story.html?utm_source=x#comments', 'news.example/2024/05/story.html'],
    ['https://app.example/#!/stories/42', 'app.example/#!/stories/42'],
    ['https://app.example/read/#/stories/42', 'app.example/read/#/stories/42'],
    ['https://blog.example/post/', 'blog.example/post'],
    ['not a url', 'not a url'],
  ])('%s → %s', (url, label) => {
    expect(addressLabel(url)).toBe(label);
  });

  it('cuts a long address in the middle, keeping the host and the end of the path that tell articles apart', () => {
    const label = addressLabel(`https://news.example/${'section/'.repeat(20)}the-story-itself`, 60);
    expect(label).toHaveLength(60);
    expect(label.startsWith('news.example/section/')).toBe(true);
    expect(label.endsWith('/the-story-itself')).toBe(true);
    expect(label).toContain('…');
  });
});
