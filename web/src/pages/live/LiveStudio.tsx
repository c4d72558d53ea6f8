import { useEffect, useRef, useState } from 'preact/hooks';
import { announce } from '../../a11y/announcer';
import { api } from '../../api/api';
import type { LiveChatMessage, LiveIngest } from '../../api/types';
import { Link } from '../../app/router';
import { useMe } from '../../app/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Button, TextField } from '../../components/fields';
import { problemFor, requireFields, useForm, type FieldErrors, type FormProblem } from '../../components/form';
import { HubStatusLine } from '../../components/HubStatus';
import { LoadState } from '../../components/LoadState';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { ProblemNotice } from '../../components/ProblemNotice';
import { useLoad } from '../../components/useLoad';
import { hubRefusal } from '../../hub/events';
import { fairHub } from '../../hub/fairHub';
import { useI18n } from '../../i18n/context';
import { fromLocalInput, toLocalInput } from '../../i18n/format';
import { LiveChatPanel } from '../../live/LiveChatPanel';
import { LivePlayer } from '../../live/LivePlayer';
import { useLiveSession } from '../../live/useLiveSession';
import { JobFacts } from './JobFacts';
import { LiveStatsPanel } from './LiveStatsPanel';
import { LiveStatusLine } from './LiveStatusLine';

/**
 * The host studio of a live session, for its company's employers: how to stream to it (the
 * RTMP server URL and the secret key, shown on request, copied, rotated after confirming), a
 * preview of the stream, start and end, the booth's jobs to pin, the chat with moderation, and
 * the session's figures (LiveStatsPanel).
 */
export function LiveStudio({ sessionId }: { sessionId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const me = useMe();
  const session = useLoad(() => api.liveSession(sessionId), [sessionId]);
  const booth = useLoad(async () => (session.data ? api.booth(session.data.boothId) : undefined), [session.data?.boothId]);
  const live = useLiveSession(sessionId);
  const [problem, setProblem] = useState<FormProblem | undefined>();
  const [busy, setBusy] = useState<string | undefined>();
  const status = live.status ?? session.data?.status;
  const pinned = new Set((live.status !== undefined ? live.cards : session.data?.pinnedJobs ?? []).map(card => card.jobId));

  const lastStatus = useRef(status);
  useEffect(() => {
    if (lastStatus.current !== undefined && status !== undefined && status !== lastStatus.current) {
      announce(t(`live.announce.${status}`));
      void session.reload();
    }

    lastStatus.current = status;
  }, [status]);

  const act = async (name: string, run: () => Promise<unknown>, said?: string) => {
    setBusy(name);
    setProblem(undefined);
    try {
      await run();
      if (said) {
        announce(said);
      }

      await session.reload();
    } catch (error) {
      setProblem(problemFor(i18n, error));
    } finally {
      setBusy(undefined);
    }
  };

  const moderate = async (run: () => Promise<void>, said: string) => {
    setProblem(undefined);
    try {
      await run();
      announce(said);
    } catch (error) {
      const serverText = hubRefusal(error);
      setProblem(serverText ? { message: t('error.409'), serverText } : { message: t('chat.offline') });
    }
  };

  const data = session.data;
  const title = data ? t('live.studio.title', { title: data.title }) : t('live.studio.titleLoading');
  return (
    <Page title={title}>
      {data ? <p><Link href={`/employer/booths/${encodeURIComponent(data.boothId)}/live`}>{t('live.studio.back')}</Link></p> : null}
      <LoadState loading={session.loading} problem={session.problem} />
      {data && status ? <LiveStatusLine status={status} startsAt={data.startsAt} /> : null}
      <HubStatusLine />
      <ProblemNotice problem={problem} />

      {data ? (
        <div class="live-layout">
          <div class="live-layout__main">
            <section aria-labelledby="studio-stream">
              <h2 id="studio-stream">{t('live.studio.stream')}</h2>
              {data.external ? <p>{t('live.studio.external')}</p> : <IngestPanel sessionId={sessionId} ended={status === 'ended'} />}
              <div class="actions">
                {data.external && status === 'scheduled' ? (
                  <Button type="button" class="primary" busy={busy === 'start'}
                    onClick={() => void act('start', () => api.startLive(sessionId), t('live.announce.live'))}>
                    {t('live.studio.start')}
                  </Button>
                ) : null}
                {status !== 'ended' ? (
                  <Button type="button" busy={busy === 'end'} onClick={() => void act('end', () => api.endLive(sessionId), t('live.announce.ended'))}>
                    {t('live.studio.end')}
                  </Button>
                ) : null}
              </div>
              {status === 'scheduled' ? <Reschedule sessionId={sessionId} startsAt={data.startsAt} onMoved={() => void session.reload()} /> : null}
              <h3>{t('live.studio.preview')}</h3>
              {status === 'live' && data.playbackUrl ? <LivePlayer src={data.playbackUrl} label={t('live.studio.previewOf', { title: data.title })} /> : (
                <p class="player player--empty">{status === 'live' ? t('live.viewer.noPlayback') : t('live.studio.previewWhenLive')}</p>
              )}
            </section>

            <section aria-labelledby="studio-pins">
              <h2 id="studio-pins">{t('live.studio.pins')}</h2>
              <p class="hint">{t('live.studio.pinsHint')}</p>
              <LoadState loading={booth.loading} problem={booth.problem} />
              {booth.data && booth.data.jobs.length === 0 ? <p>{t('booth.noJobs')}</p> : null}
              <ul class="cards">
                {booth.data?.jobs.map(job => {
                  const isPinned = pinned.has(job.jobId);
                  return (
                    <li key={job.jobId} class="card" aria-labelledby={`pin-${job.jobId}`}>
                      <h3 id={`pin-${job.jobId}`}>{job.title}</h3>
                      <JobFacts job={job} />
                      <p>{isPinned ? <strong><span aria-hidden="true">✓ </span>{t('live.studio.pinnedNow')}</strong> : t('live.studio.notPinned')}</p>
                      <Button type="button" class={isPinned ? undefined : 'primary'} busy={busy === `pin:${job.jobId}`}
                        onClick={() => void act(`pin:${job.jobId}`,
                          () => (isPinned ? api.unpinJob(sessionId, job.jobId) : api.pinJob(sessionId, job.jobId)),
                          t(isPinned ? 'live.studio.unpinnedSaid' : 'live.studio.pinnedSaid', { job: job.title }))}>
                        {isPinned ? t('live.studio.unpin') : t('live.studio.pin')}<span class="visually-hidden"> {job.title}</span>
                      </Button>
                    </li>
                  );
                })}
              </ul>
            </section>

            <LiveStatsPanel sessionId={sessionId} live={live} />
          </div>
          <div class="live-layout__side">
            <LiveChatPanel sessionId={sessionId} myUserId={me.userId} status={status} messages={live.chat} history={live.history} muted={live.muted}
              moderation={{
                onDelete: (message: LiveChatMessage) => void moderate(() => fairHub.deleteLiveChat(sessionId, message.messageId), t('live.chat.deleted')),
                onMute: (message: LiveChatMessage) => void moderate(() => fairHub.muteLiveViewer(sessionId, message.fromUserId), t('live.chat.mutedSaid', { name: message.displayName })),
              }} />
          </div>
        </div>
      ) : null}
    </Page>
  );
}

/** Moves the start of a session that has not started (PATCH …); the announcement follows. */
function Reschedule({ sessionId, startsAt, onMoved }: { sessionId: string; startsAt: string; onMoved: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const form = useForm({ startsAt: toLocalInput(new Date(startsAt)) });
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const sent = await form.submit(i18n, async values => {
      await api.rescheduleLive(sessionId, fromLocalInput(values.startsAt) ?? values.startsAt);
    }, (values): FieldErrors => requireFields(i18n, values, ['startsAt']), { conflict: 'live.studio.rescheduleConflict' });
    if (sent) {
      announce(t('live.studio.rescheduled'));
      onMoved();
    }
  };

  return (
    <form class="form" noValidate onSubmit={onSubmit}>
      <ErrorSummary fields={[{ name: 'startsAt', id: 'studio-startsAt', label: t('live.schedule.startsAt') }]} errors={form.errors}
        errorLang={form.errorLang} problem={form.problem} attempt={form.attempt} />
      <TextField id="studio-startsAt" type="datetime-local" label={t('live.studio.moveStart')} required
        value={form.values.startsAt} onValue={v => form.set('startsAt', v)} error={form.errors.startsAt} errorLang={form.errorLang} />
      <Button type="submit" busy={form.busy}>{form.busy ? t('form.sending') : t('live.studio.reschedule')}</Button>
    </form>
  );
}

/** The RTMP server URL and the secret stream key: hidden until revealed, copied, rotated after confirming. */
function IngestPanel({ sessionId, ended }: { sessionId: string; ended: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const ingest = useLoad(() => api.liveIngest(sessionId), [sessionId]);
  const [shown, setShown] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem | undefined>();
  const [copied, setCopied] = useState<string | undefined>();
  const confirmButton = useRef<HTMLButtonElement>(null);
  const rotateButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) {
      confirmButton.current?.focus();
    }
  }, [confirming]);

  const copy = async (what: 'url' | 'key', value: string) => {
    try {
      await navigator.clipboard.writeText(value);
      const said = t(what === 'key' ? 'live.ingest.keyCopied' : 'live.ingest.urlCopied');
      setCopied(said);
      announce(said);
    } catch {
      setCopied(t('live.ingest.copyFailed'));
    }
  };

  const rotate = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      const fresh = await api.rotateLiveKey(sessionId);
      ingest.setData(fresh);
      setConfirming(false);
      announce(t('live.ingest.rotated'));
      rotateButton.current?.focus();
    } catch (error) {
      setProblem(problemFor(i18n, error));
    } finally {
      setBusy(false);
    }
  };

  const data: LiveIngest | undefined = ingest.data;
  return (
    <div class="ingest">
      <LoadState loading={ingest.loading} problem={ingest.problem} />
      {data && !data.configured ? (
        <Notice kind="warning">
          <p>{t('live.ingest.notConfigured')}</p>
          {data.message ? <p lang="en">{data.message}</p> : null}
        </Notice>
      ) : null}
      {data ? (
        <dl class="facts facts--wide">
          {data.rtmpUrl ? (
            <div>
              <dt>{t('live.ingest.server')}</dt>
              <dd>
                <code>{data.rtmpUrl}</code>{' '}
                <button type="button" onClick={() => void copy('url', data.rtmpUrl!)}>{t('live.ingest.copyUrl')}</button>
              </dd>
            </div>
          ) : null}
          <div>
            <dt>{t('live.ingest.key')}</dt>
            <dd>
              {shown ? <code class="ingest__key">{data.streamKey}</code> : <span>{t('live.ingest.keyHidden')}</span>}{' '}
              <button type="button" aria-pressed={shown ? 'true' : 'false'} onClick={() => setShown(!shown)}>{t('live.ingest.show')}</button>{' '}
              <button type="button" onClick={() => void copy('key', data.streamKey)}>{t('live.ingest.copyKey')}</button>
            </dd>
          </div>
        </dl>
      ) : null}
      {copied ? <p class="hint">{copied}</p> : null}
      <p class="hint">{t('live.ingest.secret')}</p>
      {data && !ended ? (
        confirming ? (
          <Notice kind="warning">
            <p id="rotate-confirm">{t('live.ingest.rotateConfirm')}</p>
            <div class="actions">
              <button type="button" class="primary" ref={confirmButton} aria-describedby="rotate-confirm"
                aria-disabled={busy ? 'true' : undefined} onClick={busy ? undefined : () => void rotate()}>
                {busy ? t('form.sending') : t('live.ingest.rotateYes')}
              </button>
              <button type="button" onClick={() => { setConfirming(false); rotateButton.current?.focus(); }}>{t('form.cancel')}</button>
            </div>
          </Notice>
        ) : (
          <button type="button" ref={rotateButton} onClick={() => setConfirming(true)}>{t('live.ingest.rotate')}</button>
        )
      ) : null}
      <ProblemNotice problem={problem} />
    </div>
  );
}
