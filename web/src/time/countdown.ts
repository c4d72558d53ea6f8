/** The seconds announced while an invitation counts down (issue 7: "at sensible intervals"). */
export const announcedMarks: readonly number[] = [60, 30, 10];

/** Whole seconds from now until expiresAt, rounded up (so "0" means it has run out), never negative. */
export function secondsLeft(expiresAt: string, nowMs: number): number {
  const end = Date.parse(expiresAt);
  if (Number.isNaN(end)) {
    return 0;
  }

  return Math.max(0, Math.ceil((end - nowMs) / 1000));
}

/**
 * The mark to announce when the countdown moved from `before` to `after` seconds: the lowest mark
 * crossed (a tab that slept through several marks says only the latest), or undefined. A mark is
 * crossed when before > mark >= after; the first reading (before undefined) announces nothing,
 * since the dialog says the time left when it opens.
 */
export function markCrossed(before: number | undefined, after: number, marks: readonly number[] = announcedMarks): number | undefined {
  if (before === undefined || after >= before) {
    return undefined;
  }

  let crossed: number | undefined;
  for (const mark of marks) {
    if (before > mark && mark >= after && after > 0 && (crossed === undefined || mark < crossed)) {
      crossed = mark;
    }
  }

  return crossed;
}

/** "1:05" for 65 seconds: the visible clock. */
export function clock(seconds: number): string {
  const safe = Math.max(0, Math.trunc(seconds));
  return `${Math.floor(safe / 60)}:${String(safe % 60).padStart(2, '0')}`;
}
