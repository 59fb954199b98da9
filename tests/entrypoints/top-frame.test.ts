// The bootstrap tells a top-level document from a frame by its own location's ancestors, never by reaching the top
// window (which cost a frame 2.3 ms of script per page load: docs/reliability.md).
import { describe, expect, it } from 'vitest';
import { isTopFrame } from '../../entrypoints/content/top-frame';

const windowWith = (ancestors: string[] | undefined, top: 'self' | 'other'): Window => {
  const win = {
    location: ancestors ? { ancestorOrigins: { length: ancestors.length } } : {},
    get top(): unknown {
      if (ancestors) throw new Error('the top window was touched');
      return top === 'self' ? win : {};
    },
  };
  return win as unknown as Window;
};

describe('isTopFrame', () => {
  it('reads the location’s ancestors and never touches the top window where the browser has them', () => {
    expect(isTopFrame(windowWith([], 'self'))).toBe(true);
    expect(isTopFrame(windowWith(['https://news.example'], 'other'))).toBe(false);
    // A sandboxed frame's ancestors are opaque ("null"), still ancestors.
    expect(isTopFrame(windowWith(['null', 'https://news.example'], 'other'))).toBe(false);
  });

  it('compares windows where the browser has no ancestorOrigins', () => {
    expect(isTopFrame(windowWith(undefined, 'self'))).toBe(true);
    expect(isTopFrame(windowWith(undefined, 'other'))).toBe(false);
  });
});
