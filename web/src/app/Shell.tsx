import type { ComponentChildren } from 'preact';
import { LiveRegion } from '../a11y/announcer';
import { useI18n } from '../i18n/context';
import { languages, type Lang } from '../i18n/i18n';
import { UnreadBadge } from '../pages/graduate/UnreadBadge';
import { navigation, signedOutNavigation } from './navigation';
import { Link, usePath } from './router';
import { useSession } from './session';

const languageNames: Record<Lang, string> = { 'zh-CN': '中文', en: 'English' };

function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <div class="language" role="group" aria-label={t('shell.language')}>
      {languages.map(option => (
        <button
          type="button"
          key={option}
          lang={option}
          aria-pressed={option === lang ? 'true' : 'false'}
          onClick={() => setLang(option)}
        >
          {languageNames[option]}
        </button>
      ))}
    </div>
  );
}

export function Shell({ children }: { children: ComponentChildren }) {
  const { t } = useI18n();
  const { state, signOut } = useSession();
  const path = usePath();
  const items = state.status === 'signed-in' ? navigation[state.me.role] : state.status === 'signed-out' ? signedOutNavigation : [];

  return (
    <>
      <a class="skip-link" href="#main">{t('shell.skip')}</a>
      <header class="site-header">
        <div class="site-header__top">
          <p class="brand"><Link href="/">{t('app.name')}</Link></p>
          <LanguageSwitch />
          {state.status === 'signed-in' ? (
            <div class="account">
              <span>
                {t('shell.signedInAs', { name: state.me.displayName, role: t(`role.${state.me.role}`) })}
              </span>
              <button type="button" onClick={() => void signOut()}>{t('shell.signOut')}</button>
            </div>
          ) : null}
        </div>
        {items.length > 0 ? (
          <nav aria-label={t('shell.navigation')}>
            <ul>
              {items.map(item => (
                <li key={item.href}>
                  <Link href={item.href} aria-current={path === item.href || path.startsWith(`${item.href}/`) ? 'page' : undefined}>
                    {t(item.label)}
                    {item.badge === 'unread' ? <UnreadBadge /> : null}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="main" tabIndex={-1}>{children}</main>
      <footer class="site-footer">
        <p>{t('shell.footer')}</p>
      </footer>
      <LiveRegion />
    </>
  );
}
