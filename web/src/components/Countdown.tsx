import { useEffect, useRef } from 'preact/hooks';
import { clock, markCrossed, secondsLeft } from '../time/countdown';
import { serverNow } from '../time/serverClock';
import { useNow } from './useNow';

interface Props {
  expiresAt: string;
  /** "Time left" in the reader's language. */
  label: string;
  /** Said through a live region when the countdown passes 60, 30 and 10 seconds. */
  onMark: (seconds: number) => void;
  /** Once, when the time has run out. */
  onExpired?: () => void;
}

/**
 * The visible clock of an invitation (role="timer", which screen readers do not read out on every
 * tick); the marks are announced by the caller instead, so the reader hears 60, 30 and 10.
 */
export function Countdown({ expiresAt, label, onMark, onExpired }: Props) {
  const now = useNow(1_000);
  // The server's clock decides when an invitation expires, not this computer's.
  const seconds = secondsLeft(expiresAt, serverNow(now));
  const before = useRef<number | undefined>(undefined);
  const expired = useRef(false);

  useEffect(() => {
    const mark = markCrossed(before.current, seconds);
    before.current = seconds;
    if (mark !== undefined) {
      onMark(mark);
    }

    if (seconds === 0 && !expired.current) {
      expired.current = true;
      onExpired?.();
    }
  }, [seconds]);

  useEffect(() => {
    before.current = undefined;
    expired.current = false;
  }, [expiresAt]);

  return (
    <p class="countdown">
      {label} <strong role="timer" class={seconds <= 10 ? 'countdown__clock countdown__clock--low' : 'countdown__clock'}>{clock(seconds)}</strong>
    </p>
  );
}
