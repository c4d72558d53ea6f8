/** How a page plays HLS: the browser itself, hls.js over Media Source Extensions, or not at all. */
export type PlaybackEngine = 'native' | 'hls.js' | 'none';

/**
 * Native HLS when the browser says it can play it (Safari, and Chromium builds with HLS), else
 * hls.js when Media Source Extensions exist, else nothing.
 */
export function choosePlayback(canPlayNative: string, hlsJsSupported: boolean): PlaybackEngine {
  if (canPlayNative === 'probably' || canPlayNative === 'maybe') {
    return 'native';
  }

  return hlsJsSupported ? 'hls.js' : 'none';
}

/** After native playback failed before showing anything: hls.js, when it can, or nothing. */
export function fallbackAfterNativeError(hlsJsSupported: boolean): PlaybackEngine {
  return hlsJsSupported ? 'hls.js' : 'none';
}

export const hlsMimeType = 'application/vnd.apple.mpegurl';
