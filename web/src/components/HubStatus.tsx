import { useEffect, useState } from 'preact/hooks';
import { fairHub } from '../hub/fairHub';
import { useI18n } from '../i18n/context';

/** Says in words whether live updates are on; pages still work (by reloading) when they are not. */
export function HubStatusLine() {
  const { t } = useI18n();
  const [status, setStatus] = useState(fairHub.status);
  useEffect(() => fairHub.onStatus(setStatus), []);
  return (
    <p class={`hub-status hub-status--${status}`}>
      <span aria-hidden="true">{status === 'connected' ? '● ' : '○ '}</span>
      {t(`hub.${status}`)}
    </p>
  );
}
