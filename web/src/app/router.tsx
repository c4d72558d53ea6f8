import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';

// History API routing; the server answers index.html for every path that is not an API or hub
// path, so deep links and reloads work. In-page links like the skip link (#main) are left alone.

const changeEvent = 'graduatefair:navigate';
let navigatedInApp = false;

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (path === location.pathname + location.search) {
    return;
  }

  if (options.replace) {
    history.replaceState(null, '', path);
  } else {
    history.pushState(null, '', path);
  }

  if (!options.replace) {
    navigatedInApp = true;
  }

  window.dispatchEvent(new Event(changeEvent));
}

/** True once the user has moved between pages of the app: pages then take focus on arrival. */
export function hasNavigated(): boolean {
  return navigatedInApp;
}

export function usePath(): string {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    const update = () => setPath(location.pathname);
    const back = () => {
      if (location.pathname !== path) {
        navigatedInApp = true;
      }

      update();
    };
    window.addEventListener('popstate', back);
    window.addEventListener(changeEvent, update);
    return () => {
      window.removeEventListener('popstate', back);
      window.removeEventListener(changeEvent, update);
    };
  }, [path]);
  return path;
}

/** Matches "/graduate/fairs/:fairId" against a path; the parameters, or null. */
export function match(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const have = path.replace(/\/+$/, '').split('/');
  if (want.length !== have.length) {
    return null;
  }

  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const part = want[i]!;
    const value = have[i]!;
    if (part.startsWith(':')) {
      params[part.slice(1)] = decodeURIComponent(value);
    } else if (part !== value) {
      return null;
    }
  }

  return params;
}

type LinkProps = Omit<JSX.AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { href: string; children: ComponentChildren };

/** An ordinary link that changes page without reloading (modified clicks still open tabs). */
export function Link({ href, children, ...rest }: LinkProps) {
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }

    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={onClick} {...rest}>{children}</a>;
}
