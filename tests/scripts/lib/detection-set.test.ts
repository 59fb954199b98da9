import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../scripts/lib/detection-set';

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
