// Run Z (issue #12, non-English pages): a block is prose only with a sentence stop, and CJK's full-width stops stand
// between two letters, with no space after them. The paragraph is Readability's `qq` test page's last (Tencent's
// tech news, "DeepMind's DNC"), as published: its two "。" are followed by a Latin letter and a bracket, so the old
// test (a stop before a space, a quote or the text's end) found no sentence in it.
import { describe, expect, it } from 'vitest';
import { measurePage } from '../../../core/article/index';
import { parseHtml } from '../../../scripts/lib/parse-html';

const QQ =
  '<p style="TEXT-INDENT: 2em">DeepMind希望DNC可以推动计算行业实现更多突破。DeepMind已将其研究结果发表在<a class="a-tips-Article-QQ" href="http://tech.qq.com/science.htm" target="_blank">科学</a>刊物《自然》（Nature）上。（编译/林靖东）</p>';
/** A menu line of the same page: no stop, so never prose. */
const MENU =
  '<p>首页 新闻 科技 财经 娱乐 体育 汽车 房产 游戏 时尚 教育 旅游 视频 图片 论坛 博客 微博 读书 星座 健康</p>';

async function proseOf(body: string): Promise<number> {
  const parsed = parseHtml(
    `<html><head><title>DNC</title></head><body><div>${body}</div></body></html>`,
    'https://tech.qq.com/a/1.htm',
  );
  try {
    return measurePage(parsed.document).proseChars;
  } finally {
    await parsed.close();
  }
}

describe('full-width sentence stops count wherever they stand (run Z)', () => {
  it('reads the qq paragraph as prose: "。" followed by a letter is a sentence’s end', async () => {
    expect(await proseOf(QQ)).toBeGreaterThan(80);
  });

  it('does not read a line of menu words without a stop as prose', async () => {
    expect(await proseOf(MENU)).toBe(0);
  });
});
