// The server's clock as seen from the browser. Invitations expire by the server's clock; a
// computer whose clock is minutes off would otherwise show an invitation as already over (or
// long open). Every API answer carries a Date header (whole seconds): the offset is estimated
// from the latest one, at the middle of its second.

let offsetMs = 0;

/** Learns the offset from an answer's Date header, received at receivedAtMs (browser clock). */
export function noteServerDate(header: string | null, receivedAtMs: number): void {
  if (!header) {
    return;
  }

  const serverMs = Date.parse(header);
  if (!Number.isNaN(serverMs)) {
    offsetMs = serverMs + 500 - receivedAtMs;
  }
}

/** How far the server's clock is ahead of the browser's (negative when behind), in milliseconds. */
export function serverOffsetMs(): number {
  return offsetMs;
}

/** The server's time now, by the browser's clock and the last known offset. */
export function serverNow(browserNowMs: number = Date.now()): number {
  return browserNowMs + offsetMs;
}

/** For tests: forget what was learnt. */
export function resetServerClock(): void {
  offsetMs = 0;
}
