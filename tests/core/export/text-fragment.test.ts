import { describe, expect, it } from 'vitest';
import { encodeFragmentTerm, textDirective, textFragmentLink } from '../../../core/export';

describe('text-fragment links', () => {
  const cases: Record<string, { quote: { exact: string; prefix: string; suffix: string }; expected: string }> = {
    'prefix and suffix around a short passage': {
      quote: { exact: 'rates rose', prefix: 'In March the ', suffix: ' by half a point.' },
      expected: 'text=March%20the-,rates%20rose,-by%20half%20a',
    },
    'dash, comma and ampersand are encoded': {
      quote: { exact: 'cost-of-living, rent & food', prefix: '', suffix: '' },
      expected: 'text=cost%2Dof%2Dliving%2C%20rent%20%26%20food',
    },
    'a passage starting mid-word gets no prefix': {
      quote: { exact: 'ation rose', prefix: 'the infl', suffix: ' sharply ' },
      expected: 'text=ation%20rose,-sharply',
    },
    'a cut-off first prefix word is dropped': {
      quote: { exact: 'grew', prefix: 'omy of the country ', suffix: '' },
      expected: 'text=of%20the%20country-,grew',
    },
  };
  for (const [name, c] of Object.entries(cases)) {
    it(name, () => expect(textDirective(c.quote)).toBe(c.expected));
  }

  it('links a long passage by its first and last words', () => {
    const exact = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const d = textDirective({ exact, prefix: '', suffix: '' });
    expect(d).toBe('text=word0%20word1%20word2%20word3%20word4,word35%20word36%20word37%20word38%20word39');
  });

  it('replaces an existing fragment on the URL', () => {
    expect(textFragmentLink('https://a.example/p#top', { exact: 'x', prefix: '', suffix: '' })).toBe(
      'https://a.example/p#:~:text=x',
    );
  });

  it('keeps a hash route, which names the story on a single-page app, and puts the directive after it', () => {
    const q = { exact: 'x', prefix: '', suffix: '' };
    expect(textFragmentLink('https://a.example/app#!/story/2', q)).toBe('https://a.example/app#!/story/2:~:text=x');
    expect(textFragmentLink('https://a.example/app#/s/2:~:text=old', q)).toBe('https://a.example/app#/s/2:~:text=x');
  });

  it('encodes every character the directive syntax reserves', () => {
    expect(encodeFragmentTerm('a-b,c&d#e')).toBe('a%2Db%2Cc%26d%23e');
  });
});
