import { useState } from 'preact/hooks';
import { announce } from '../../a11y/announcer';
import { api } from '../../api/api';
import type { GraduateNotification } from '../../api/types';
import { Link } from '../../app/router';
import { problemFor, type FormProblem } from '../../components/form';
import { LoadState } from '../../components/LoadState';
import { Page } from '../../components/Page';
import { ProblemNotice } from '../../components/ProblemNotice';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n/context';
import { countUnread, notificationStore } from '../../notifications/unread';
import { useNotifications } from '../../notifications/useNotifications';

/** The graduate's notifications (GET /api/me/notifications), newest first, with read marks. */
export function NotificationsPage() {
  const { t } = useI18n();
  const loaded = useLoad(async () => {
    const list = (await api.notifications()) ?? [];
    notificationStore.set(list);
    return true;
  });
  const list = useNotifications();

  return (
    <Page title={t('notifications.title')}>
      <p>{t('notifications.intro')}</p>
      <LoadState loading={loaded.loading} problem={loaded.problem} />
      {loaded.data ? (
        list.length === 0 ? <p>{t('notifications.none')}</p> : (
          <>
            <p id="notifications-count">{t('notifications.count', { total: list.length, unread: countUnread(list) })}</p>
            <ul class="cards cards--list" id="notifications">
              {list.map(notification => <NotificationCard key={notification.notificationId} notification={notification} />)}
            </ul>
          </>
        )
      ) : null}
    </Page>
  );
}

function NotificationCard({ notification }: { notification: GraduateNotification }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [problem, setProblem] = useState<FormProblem | undefined>();
  const headingId = `notification-${notification.notificationId}`;
  const markRead = async () => {
    setProblem(undefined);
    try {
      await api.markNotificationRead(notification.notificationId);
      notificationStore.markRead(notification.notificationId, new Date().toISOString());
      announce(t('notifications.marked'));
      document.getElementById(headingId)?.focus();
    } catch (error) {
      setProblem(problemFor(i18n, error));
    }
  };

  return (
    <li class={notification.read ? 'card' : 'card card--unread'} aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        <span class={notification.read ? 'status status--closed' : 'status status--pending'}>
          {notification.read ? t('notifications.read') : t('notifications.unread')}
        </span>{' '}
        {t('notifications.heading', { kind: t('notifications.kind.fair-reminder'), title: notification.title })}
      </h2>
      <p>{t('notifications.opensAt', { time: i18n.dateTime(notification.opensAt), relative: i18n.relative(notification.opensAt) })}</p>
      <p class="hint">{t('notifications.receivedAt', { time: i18n.dateTime(notification.createdAt) })}</p>
      <ProblemNotice problem={problem} />
      <div class="actions">
        <Link href={`/graduate/fairs/${encodeURIComponent(notification.fairId)}`}>
          {t('notifications.toFair')}<span class="visually-hidden"> {notification.title}</span>
        </Link>
        {notification.read ? null : (
          <button type="button" onClick={() => void markRead()}>
            {t('notifications.markRead')}<span class="visually-hidden"> {notification.title}</span>
          </button>
        )}
      </div>
    </li>
  );
}
