import { useEffect, useState } from 'preact/hooks';

type Listener = (message: string) => void;
const listeners = new Set<Listener>();

/**
 * Says message through the page's polite live region (screen readers read it when idle).
 * The region is emptied first so that the same message said twice is read twice.
 */
export function announce(message: string): void {
  for (const listener of listeners) {
    listener(message);
  }
}

/** The polite live region; rendered once, in the shell, present from the first paint. */
export function LiveRegion() {
  const [message, setMessage] = useState('');

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const listener: Listener = next => {
      setMessage('');
      clearTimeout(timer);
      timer = setTimeout(() => setMessage(next), 50);
    };
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      clearTimeout(timer);
    };
  }, []);

  return (
    <div id="announcer" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}
