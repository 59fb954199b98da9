import { describe, expect, it } from 'vitest';
import { decodeBytes, isKnownArticleText } from '../../../scripts/lib/detection-set';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeBytes (the detection bench reading a saved page)', () => {
  it('reads UTF-8 bytes as UTF-8 even when the page still declares its old charset', () => {
    const page = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>新闻 深度学习</title>';
    expect(decodeBytes(utf8(page))).toContain('新闻 深度学习');
    const latin = '<meta charset="iso-8859-1"><p>Größe und Maß</p>';
    expect(decodeBytes(utf8(latin))).toContain('Größe und Maß');
  });

  it('reads bytes that are not UTF-8 by the charset the page declares', () => {
    // "新闻" in GB2312 is D0 C2 CE C5: not valid UTF-8.
    const head = utf8('<meta charset="gb2312"><title>');
    const bytes = new Uint8Array([...head, 0xd0, 0xc2, 0xce, 0xc5, ...utf8('</title>')]);
    expect(decodeBytes(bytes)).toContain('<title>新闻</title>');
  });

  it('reads undeclared bytes that are not UTF-8 as windows-1252, not as replacement characters', () => {
    const bytes = new Uint8Array([...utf8('<p>Gr'), 0xf6, 0xdf, ...utf8('e</p>')]);
    expect(decodeBytes(bytes)).toBe('<p>Größe</p>');
  });
});

describe('isKnownArticleText (which dragnet and CleanPortalEval pages count as articles)', () => {
  /** A dragnet gold of 87 words: an enterprise blog's post of four short paragraphs, under its date and title. */
  const POST = `November 01, 2012\r\nVNXe Powershell and Performance Stats… Impressive!\r\n\r\nI love the impact of the community (and ultimately the individual).   One internal warpath I’m on is to open up more of the APIs and datastructures of the things we build at EMC, and this is an example of why…\r\n\r\nCheck out how David Muegge, Data Center Architect at Presidio (a great EMC partner BTW) built off the work of Henri (a great VNXe customer) has evolved into some cool tools for performance analysis…\r\n\r\nhttp://muegge.com/blog/?p=172#comment-732\r\n\r\nGreat work guys!\r\n`;
  /** A dragnet gold of 31 words: the annotators found three sentences, short of a known article. */
  const SHORT = `Yesterday's over\r\n\r\nThis is bad news for market leaders, incumbents and those in favor of the status quo, and great news for everyone else.\r\n\r\nAnd it happens again, fresh, every day.\r\n`;

  it('counts a gold of 60 words or more as an article', () => {
    expect(isKnownArticleText(POST)).toBe(true);
  });

  it('leaves out a gold of a few sentences, and an empty one', () => {
    expect(isKnownArticleText(SHORT)).toBe(false);
    expect(isKnownArticleText('')).toBe(false);
  });

  it("does not count the readers' comments dragnet appends after its marker line", () => {
    expect(isKnownArticleText(`${SHORT}\r\n!@#$%^&*()  COMMENTS\r\n\r\n${POST}`)).toBe(false);
  });

  it("does not count CleanPortalEval's paragraph marks as words", () => {
    const marked = `URL: http://bbc.co.uk/news/business-21302969\n<h>One couple's mission to find a better work/life balance\n<p>${SHORT}`;
    expect(isKnownArticleText(marked)).toBe(false);
    expect(isKnownArticleText(`<h>${POST.replace(/\r\n\r\n/g, '\n<p>')}`)).toBe(true);
  });
});
