import type { ComponentChildren } from 'preact';

/** A boxed message; the kind is said in words by its content and marked by an icon, not colour alone. */
export function Notice({ kind, children, id }: { kind: 'info' | 'success' | 'warning'; children: ComponentChildren; id?: string }) {
  const icon = kind === 'success' ? '✓' : kind === 'warning' ? '!' : 'i';
  return (
    <div class={`notice notice--${kind}`} id={id}>
      <span class="notice__icon" aria-hidden="true">{icon}</span>
      <div>{children}</div>
    </div>
  );
}
