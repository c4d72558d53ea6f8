import { useI18n } from '../../i18n/context';
import { countUnread } from '../../notifications/unread';
import { useNotifications } from '../../notifications/useNotifications';

/** "（2 条未读）" after the navigation's "通知": in the link's text, so it is read out too. */
export function UnreadBadge() {
  const { t } = useI18n();
  const unread = countUnread(useNotifications());
  return unread > 0 ? <span class="badge" id="nav-unread">{t('nav.graduate.unread', { count: unread })}</span> : null;
}
