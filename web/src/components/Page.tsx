import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { hasNavigated } from '../app/router';
import { useI18n } from '../i18n/context';

/** A page: the one h1, the document title, and focus on the heading after moving between pages. */
export function Page({ title, children }: { title: string; children: ComponentChildren }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);

  useEffect(() => {
    if (hasNavigated()) {
      heading.current?.focus();
    }
  }, []);

  return (
    <>
      <h1 tabIndex={-1} ref={heading}>{title}</h1>
      {children}
    </>
  );
}
