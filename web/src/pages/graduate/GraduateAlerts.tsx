import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { announce } from '../../a11y/announcer';
import { api } from '../../api/api';
import type { MyInvitation, MyRoom } from '../../api/types';
import { Link, usePath } from '../../app/router';
import { Notice } from '../../components/Notice';
import { fairHub } from '../../hub/fairHub';
import type { QueueLeftReason } from '../../hub/events';
import { useI18n } from '../../i18n/context';
import type { MessageKey } from '../../i18n/i18n';
import { InvitationDialog } from './InvitationDialog';

interface Alert {
  id: number;
  kind: 'info' | 'warning' | 'success';
  text: string;
}

const leftReasons: Record<string, MessageKey> = {
  'no-show': 'alert.left.no-show',
  'fair-closed': 'alert.left.fair-closed',
  offline: 'alert.left.offline',
};

let nextAlertId = 1;

/**
 * What reaches a graduate on any page: the invitation dialog (from the hub's Invited, or GET
 * /api/me/invitation on loading and after reconnecting), a way back to a running interview, and
 * notices in words when a queue place or an invitation is lost. Each notice is also announced.
 */
export function GraduateAlerts() {
  const i18n = useI18n();
  const { t } = i18n;
  const path = usePath();
  const [invitation, setInvitationState] = useState<MyInvitation | undefined>();
  const current = useRef<MyInvitation | undefined>(undefined);
  const setInvitation = useCallback((next: MyInvitation | undefined) => {
    current.current = next;
    setInvitationState(next);
  }, []);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [room, setRoomState] = useState<MyRoom | undefined>();
  const roomRef = useRef<MyRoom | undefined>(undefined);
  const setRoom = useCallback((next: MyRoom | undefined) => {
    roomRef.current = next;
    setRoomState(next);
  }, []);
  const pathRef = useRef(path);
  pathRef.current = path;
  const [alerts, setAlerts] = useState<Alert[]>([]);

  const add = useCallback((kind: Alert['kind'], text: string) => {
    announce(text);
    setAlerts(current => [...current.slice(-4), { id: nextAlertId++, kind, text }]);
  }, []);

  const refresh = useCallback(async () => {
    const [open, running] = await Promise.all([
      api.myInvitation().catch(() => undefined),
      api.myRoom().catch(() => undefined),
    ]);
    if (open && open.invitationId !== current.current?.invitationId) {
      setDialogOpen(true);
    }

    setInvitation(open);
    setRoom(running);
  }, []);

  useEffect(() => {
    void refresh();
    const companyOf = async (boothId: string) => (await api.booth(boothId).catch(() => undefined))?.companyName ?? '';
    const offs = [
      fairHub.onResync(() => void refresh()),
      fairHub.on('Invited', event => {
        setInvitation({ invitationId: event.invitationId, boothId: event.boothId, companyName: event.companyName, expiresAt: event.expiresAt });
        setDialogOpen(true);
      }),
      fairHub.on('InvitationExpired', event => {
        const expired = current.current;
        if (expired?.invitationId === event.invitationId) {
          setDialogOpen(false);
          setInvitation(undefined);
          add('warning', t('alert.invitationExpired', { company: expired.companyName }));
        }
      }),
      fairHub.on('QueueLeft', event => {
        const key = leftReasons[event.reason as QueueLeftReason];
        if (key) {
          void companyOf(event.boothId).then(company => add('warning', t(key, { company })));
        }
      }),
      fairHub.on('RoomEnded', event => {
        const running = roomRef.current;
        if (running?.roomId !== event.roomId) {
          return;
        }

        setRoom(undefined);
        // The room page says the outcome itself; elsewhere it is said here.
        if (pathRef.current !== `/graduate/rooms/${encodeURIComponent(event.roomId)}`) {
          add(event.outcome === 'offer' || event.outcome === 'advance' ? 'success' : 'info',
            t(`room.outcome.${event.outcome}`, { company: running.companyName }));
        }
      }),
    ];
    return () => offs.forEach(off => off());
  }, [t]);

  const onDone = (how: 'accepted' | 'declined' | 'gone') => {
    const company = invitation?.companyName ?? '';
    setDialogOpen(false);
    setInvitation(undefined);
    if (how === 'declined') {
      add('info', t('alert.declined', { company }));
    }

    if (how !== 'declined') {
      void refresh();
    }
  };

  const inRoom = room !== undefined && path === `/graduate/rooms/${encodeURIComponent(room.roomId)}`;
  const dismiss = (id: number) => setAlerts(current => current.filter(alert => alert.id !== id));
  if (!invitation && alerts.length === 0 && (!room || inRoom)) {
    return null;
  }

  return (
    <section class="alerts" aria-label={t('alert.region')}>
      {invitation ? (
        <>
          <InvitationDialog invitation={invitation} open={dialogOpen} onHide={() => setDialogOpen(false)} onDone={onDone} />
          {!dialogOpen ? (
            <Notice kind="info">
              <p>
                {t('alert.invitationWaiting', { company: invitation.companyName })}{' '}
                <button type="button" class="primary" onClick={() => setDialogOpen(true)}>{t('alert.showInvitation')}</button>
              </p>
            </Notice>
          ) : null}
        </>
      ) : null}
      {room && !inRoom ? (
        <Notice kind="info">
          <p>
            {t('alert.roomRunning', { company: room.companyName })}{' '}
            <Link href={`/graduate/rooms/${encodeURIComponent(room.roomId)}`}>{t('alert.toRoom')}</Link>
          </p>
        </Notice>
      ) : null}
      {alerts.map(alert => (
        <Notice key={alert.id} kind={alert.kind}>
          <p>
            {alert.text}{' '}
            <button type="button" class="link-button" onClick={() => dismiss(alert.id)}>
              {t('alert.dismiss')}<span class="visually-hidden"> {alert.text}</span>
            </button>
          </p>
        </Notice>
      ))}
    </section>
  );
}
