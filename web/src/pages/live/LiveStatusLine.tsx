import type { LiveStatus } from '../../api/types';
import { useNow } from '../../components/useNow';
import { useI18n } from '../../i18n/context';

/** A session's status in words (and a mark, not colour alone): when it starts, live now, or ended. */
export function LiveStatusLine({ status, startsAt }: { status: LiveStatus; startsAt: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const now = useNow(30_000);
  const mark = status === 'live' ? '●' : status === 'ended' ? '■' : '○';
  return (
    <p class={`live-status live-status--${status}`}>
      <span aria-hidden="true">{mark} </span>
      {status === 'scheduled'
        ? t('live.status.scheduled', { time: i18n.dateTime(startsAt), relative: i18n.relative(startsAt, new Date(now)) })
        : t(`live.status.${status}`)}
    </p>
  );
}
