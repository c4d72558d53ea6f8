import { useEffect, useRef, useState } from 'preact/hooks';
import { announce } from '../../a11y/announcer';
import { api } from '../../api/api';
import type { Outcome } from '../../api/types';
import { Link } from '../../app/router';
import { useMe } from '../../app/session';
import { HubStatusLine } from '../../components/HubStatus';
import { LoadState } from '../../components/LoadState';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { useLoad } from '../../components/useLoad';
import { fairHub } from '../../hub/fairHub';
import { useI18n } from '../../i18n/context';
import type { MessageKey } from '../../i18n/i18n';
import { useCall, type CallState } from '../../room/useCall';
import { ChatPanel } from './ChatPanel';
import { EmployerPanel } from './EmployerPanel';
import { StreamVideo } from './StreamVideo';

/** Why this side is in text chat only. */
type TextReason = 'accommodation' | 'camera' | 'chosen';

const callStateKeys: Record<CallState, MessageKey> = {
  off: 'call.off',
  starting: 'call.starting',
  'camera-failed': 'call.cameraFailed',
  waiting: 'call.waiting',
  connecting: 'call.connecting',
  connected: 'call.connected',
  interrupted: 'call.interrupted',
};

/**
 * The interview room of either participant: video and audio (or text chat only: chosen
 * automatically when the graduate asked for text-chat, when the camera fails, or by a button),
 * the chat, and for the employer the candidate, private notes and the outcome. RoomEnded closes
 * the room for the graduate with the outcome in words.
 */
export function InterviewRoom({ roomId }: { roomId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const me = useMe();
  const employer = me.role === 'employer';
  const room = useLoad(() => api.room(roomId), [roomId]);
  const rtc = useLoad(() => api.rtcConfig().catch(() => ({ iceServers: [] })));
  const [text, setText] = useState<TextReason | undefined>();
  const [ended, setEnded] = useState<Outcome | undefined>();

  const data = room.data;
  const company = useRef('');
  company.current = data?.companyName ?? '';
  const outcome = ended ?? data?.outcome ?? undefined;
  const running = data !== undefined && outcome === undefined && !data.endedAt;

  useEffect(() => {
    if (data && text === undefined && data.graduate.accommodations.includes('text-chat')) {
      setText('accommodation');
    }
  }, [data]);

  useEffect(() => {
    void fairHub.joinRoom(roomId);
    const offEnded = fairHub.on('RoomEnded', event => {
      if (event.roomId === roomId) {
        setEnded(event.outcome);
        if (!employer) {
          announce(outcomeWords(t, event.outcome, company.current));
        }
      }
    });
    const offResync = fairHub.onResync(() => void room.reload());
    return () => {
      offEnded();
      offResync();
      void fairHub.leaveRoom(roomId);
    };
  }, [roomId, t]);

  const call = useCall({
    roomId,
    myUserId: me.userId,
    polite: !employer,
    running,
    video: text === undefined,
    iceServers: rtc.data?.iceServers,
  });

  useEffect(() => {
    if (call.state === 'camera-failed') {
      setText('camera');
    }
  }, [call.state]);

  if (!data) {
    return (
      <Page title={t('room.title')}>
        <LoadState loading={room.loading} problem={room.problem} />
      </Page>
    );
  }

  const otherName = employer ? data.graduate.displayName : data.companyName;
  return (
    <Page title={employer ? t('room.titleEmployer', { name: data.graduate.displayName }) : t('room.titleGraduate', { company: data.companyName })}>
      <HubStatusLine />
      {outcome !== undefined ? (
        <Notice kind={outcome === 'offer' || outcome === 'advance' ? 'success' : 'info'}>
          <p>{employer ? t('room.endedEmployer', { outcome: t(`outcome.${outcome}`) }) : outcomeWords(t, outcome, data.companyName)}</p>
          <p>
            {employer
              ? <Link href={`/employer/booths/${encodeURIComponent(data.boothId)}`}>{t('room.backToQueue')}</Link>
              : <Link href="/graduate/queues">{t('room.backToQueues')}</Link>}
          </p>
        </Notice>
      ) : null}

      <div class="room">
        <section aria-labelledby="video-title" class="room__video">
          <h2 id="video-title">{t('call.title')}</h2>
          {running ? <CallStatus state={call.state} text={text} remoteOff={call.remoteOff} otherName={otherName} /> : <p>{t('call.over')}</p>}
          {running && text === undefined ? (
            <div class="videos">
              <figure class="videos__remote">
                <StreamVideo stream={call.remote} label={t('call.remoteLabel', { name: otherName })} playLabel={t('call.play')} />
                <figcaption>{otherName}</figcaption>
              </figure>
              <figure class="videos__local">
                <StreamVideo stream={call.local} label={t('call.localLabel')} muted playLabel={t('call.play')} />
                <figcaption>{t('call.me')}</figcaption>
              </figure>
            </div>
          ) : null}
          {running ? (
            <div class="actions">
              {text === undefined
                ? <button type="button" onClick={() => setText('chosen')}>{t('call.textOnly')}</button>
                : <button type="button" onClick={() => setText(undefined)}>{t(text === 'camera' ? 'call.retry' : 'call.videoOn')}</button>}
            </div>
          ) : null}
        </section>
        <ChatPanel roomId={roomId} myUserId={me.userId} otherName={otherName} ended={!running} />
      </div>

      {employer ? <EmployerPanel room={data} running={running} onEnded={value => setEnded(value)} /> : null}
    </Page>
  );
}

function CallStatus({ state, text, remoteOff, otherName }: { state: CallState; text: TextReason | undefined; remoteOff: boolean; otherName: string }) {
  const { t } = useI18n();
  if (text !== undefined) {
    return <p role="status">{t(`call.text.${text}`)}</p>;
  }

  return (
    <p role="status">
      {remoteOff && state !== 'connected' ? t('call.remoteOff', { name: otherName }) : t(callStateKeys[state], { name: otherName })}
    </p>
  );
}

function outcomeWords(t: (key: MessageKey, params?: Record<string, string>) => string, outcome: Outcome, company: string): string {
  return t(`room.outcome.${outcome}`, { company });
}
