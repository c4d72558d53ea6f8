import { describe, expect, it } from 'vitest';
import { choosePlayback, fallbackAfterNativeError } from './playback';

describe('choosePlayback', () => {
  it('plays natively when the browser says it can', () => {
    expect(choosePlayback('probably', true)).toBe('native');
    expect(choosePlayback('maybe', false)).toBe('native');
  });

  it('uses hls.js when the browser cannot play HLS but has Media Source Extensions', () => {
    expect(choosePlayback('', true)).toBe('hls.js');
  });

  it('gives up when neither works', () => {
    expect(choosePlayback('', false)).toBe('none');
  });

  it('falls back to hls.js after native playback failed, when it can', () => {
    expect(fallbackAfterNativeError(true)).toBe('hls.js');
    expect(fallbackAfterNativeError(false)).toBe('none');
  });
});
