import { useEffect, useRef, useState } from 'preact/hooks';
import { announce } from '../../a11y/announcer';
import { api } from '../../api/api';
import type { EmployerCurrent, WaitingGraduate } from '../../api/types';
import { Link, navigate } from '../../app/router';
import { Countdown } from '../../components/Countdown';
import { Button } from '../../components/fields';
import { problemFor, type FormProblem } from '../../components/form';
import { HubStatusLine } from '../../components/HubStatus';
import { LoadState } from '../../components/LoadState';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { ProblemNotice } from '../../components/ProblemNotice';
import { useCoalescedReload } from '../../components/useCoalescedReload';
import { useLoad } from '../../components/useLoad';
import { fairHub } from '../../hub/fairHub';
import { useI18n } from '../../i18n/context';
import { ResumeButton } from './ResumeButton';

type Outcome = { kind: 'info' | 'success' | 'warning'; text: string };

/**
 * A booth's live queue for its employers (GET /api/booths/{id}/queue, kept live by WatchBooth →
 * BoothQueue): who waits, in serving order, with only what they chose to share (never a priority
 * group); call next, pause and resume; the invitation in flight with its countdown; and the
 * interview room once the graduate accepts (InvitationAnswered).
 */
export function BoothConsole({ boothId }: { boothId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const booth = useLoad(() => api.booth(boothId), [boothId]);
  const queue = useLoad(() => api.employerQueue(boothId), [boothId]);
  const [problem, setProblem] = useState<FormProblem | undefined>();
  const [message, setMessage] = useState<Outcome | undefined>();
  const [busy, setBusy] = useState<'call' | 'pause' | undefined>();
  const [spoken, setSpoken] = useState('');
  const refresh = useCoalescedReload(queue.reload, 300);
  const current = queue.data?.current ?? null;
  const currentRef = useRef<EmployerCurrent | null>(null);
  currentRef.current = current;

  const say = (kind: Outcome['kind'], text: string) => {
    setMessage({ kind, text });
    announce(text);
  };

  useEffect(() => {
    void fairHub.watchBooth(boothId);
    const offs = [
      fairHub.on('BoothQueue', event => {
        if (event.boothId === boothId) {
          refresh();
        }
      }),
      fairHub.on('InvitationAnswered', event => {
        if (event.boothId !== boothId) {
          return;
        }

        const name = currentRef.current?.graduateId === event.graduateId ? currentRef.current.displayName : '';
        if (event.status === 'accepted' && event.roomId) {
          announce(t('console.accepted', { name }));
          navigate(`/employer/rooms/${encodeURIComponent(event.roomId)}`);
        } else {
          say('info', t('console.declined', { name }));
          void queue.reload();
        }
      }),
      fairHub.on('InvitationExpired', event => {
        if (event.boothId === boothId) {
          const name = currentRef.current?.invitationId === event.invitationId ? currentRef.current.displayName : '';
          say('warning', t('console.expired', { name }));
          void queue.reload();
        }
      }),
      fairHub.onResync(() => {
        void queue.reload();
        void booth.reload();
      }),
    ];
    return () => {
      offs.forEach(off => off());
      void fairHub.unwatchBooth(boothId);
    };
  }, [boothId, t]);

  const callNext = async () => {
    setBusy('call');
    setProblem(undefined);
    setMessage(undefined);
    try {
      const invitation = await api.callNext(boothId);
      if (invitation) {
        const name = queue.data?.waiting.find(w => w.graduateId === invitation.graduateId)?.displayName ?? '';
        say('success', t('console.invited', { name }));
      } else {
        say('info', t('console.nobody'));
      }

      await queue.reload();
    } catch (error) {
      setProblem(problemFor(i18n, error, { conflict: 'console.callConflict' }));
    } finally {
      setBusy(undefined);
    }
  };

  const setPaused = async (paused: boolean) => {
    setBusy('pause');
    setProblem(undefined);
    try {
      await (paused ? api.pauseBooth(boothId) : api.resumeBooth(boothId));
      say('info', t(paused ? 'console.pausedNow' : 'console.resumedNow'));
      await queue.reload();
    } catch (error) {
      setProblem(problemFor(i18n, error));
    } finally {
      setBusy(undefined);
    }
  };

  const title = booth.data ? t('console.title', { booth: booth.data.title }) : t('console.titleLoading');
  const paused = queue.data?.paused ?? false;
  const waiting = queue.data?.waiting ?? [];
  return (
    <Page title={title}>
      <p><Link href="/employer/booths">{t('console.back')}</Link></p>
      <LoadState loading={booth.loading || queue.loading} problem={booth.problem ?? queue.problem} />
      {booth.data ? (
        <p>
          {booth.data.companyName}{' · '}
          <Link href={`/employer/booths/${encodeURIComponent(boothId)}/live`}>{t('live.schedule.link')}</Link>
        </p>
      ) : null}
      <HubStatusLine />

      {queue.data ? (
        <section aria-labelledby="console-controls">
          <h2 id="console-controls">{t('console.controls')}</h2>
          <p>
            <strong>{t('console.state')}</strong>{' '}
            {paused ? t('console.statePaused') : t('console.stateOpen')}{' · '}
            {t('console.waitingCount', { count: waiting.length })}
          </p>
          {current?.invitationId && current.expiresAt ? (
            <Notice kind="info">
              <p>{t('console.inFlight', { name: current.displayName })} <ResumeButton graduateId={current.graduateId} name={current.displayName} /></p>
              <Countdown expiresAt={current.expiresAt} label={t('console.timeLeft')}
                onMark={seconds => setSpoken(t('console.secondsLeft', { name: current.displayName, seconds }))} />
            </Notice>
          ) : null}
          {current?.roomId ? (
            <Notice kind="info">
              <p>
                {t('console.inRoom', { name: current.displayName })}{' '}
                <Link href={`/employer/rooms/${encodeURIComponent(current.roomId)}`}>{t('console.toRoom')}</Link>{' '}
                <ResumeButton graduateId={current.graduateId} name={current.displayName} />
              </p>
            </Notice>
          ) : null}
          <p class="visually-hidden" role="status" aria-live="polite">{spoken}</p>
          {message ? <Notice kind={message.kind}><p>{message.text}</p></Notice> : null}
          <ProblemNotice problem={problem} />
          <div class="actions">
            <Button type="button" class="primary" busy={busy === 'call'} onClick={() => void callNext()}
              aria-describedby={paused ? 'console-paused-hint' : undefined}>
              {busy === 'call' ? t('form.sending') : t('console.callNext')}
            </Button>
            <Button type="button" busy={busy === 'pause'} onClick={() => void setPaused(!paused)}>
              {paused ? t('console.resume') : t('console.pause')}
            </Button>
          </div>
          {paused ? <p class="hint" id="console-paused-hint">{t('console.pausedHint')}</p> : null}
        </section>
      ) : null}

      {queue.data ? (
        <section aria-labelledby="console-queue">
          <h2 id="console-queue">{t('console.queue')}</h2>
          <p class="hint">{t('console.privacy')}</p>
          {waiting.length === 0 ? <p>{t('booth.nobodyWaiting')}</p> : <WaitingTable waiting={waiting} />}
        </section>
      ) : null}
    </Page>
  );
}

function WaitingTable({ waiting }: { waiting: WaitingGraduate[] }) {
  const { t, lang } = useI18n();
  const separator = lang === 'en' ? ', ' : '、';
  return (
    <table class="table">
      <caption>{t('console.caption', { count: waiting.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('console.order')}</th>
          <th scope="col">{t('candidate.name')}</th>
          <th scope="col">{t('candidate.university')}</th>
          <th scope="col">{t('candidate.discipline')}</th>
          <th scope="col">{t('candidate.degree')}</th>
          <th scope="col">{t('candidate.graduationYear')}</th>
          <th scope="col">{t('candidate.accommodations')}</th>
          <th scope="col">{t('candidateResume.col')}</th>
        </tr>
      </thead>
      <tbody>
        {waiting.map((graduate, index) => (
          <tr key={graduate.graduateId}>
            <td>{index + 1}</td>
            <th scope="row">{graduate.displayName}</th>
            <td>{graduate.university ?? t('candidate.unknown')}</td>
            <td>{graduate.discipline ? t(`discipline.${graduate.discipline}`) : t('candidate.unknown')}</td>
            <td>{graduate.degree ? t(`degree.${graduate.degree}`) : t('candidate.unknown')}</td>
            <td>{graduate.graduationYear ?? t('candidate.unknown')}</td>
            <td>{graduate.accommodations.length > 0 ? graduate.accommodations.map(a => t(`accommodation.${a}`)).join(separator) : t('candidate.noAccommodations')}</td>
            <td><ResumeButton graduateId={graduate.graduateId} name={graduate.displayName} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
