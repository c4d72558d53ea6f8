import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { announce } from '../a11y/announcer';
import { liveChatMaxLength, type LiveChatMessage, type LiveStatus } from '../api/types';
import { Checkbox } from '../components/fields';
import { Notice } from '../components/Notice';
import { hubRefusal } from '../hub/events';
import { fairHub } from '../hub/fairHub';
import { useI18n } from '../i18n/context';
import { ChatAnnouncer, chatRefusal, chatWaitMs } from './chatPacing';

interface Props {
  sessionId: string;
  myUserId: string;
  status: LiveStatus | undefined;
  messages: LiveChatMessage[];
  /** Messages that are history (WatchLive's latest 50): shown, never announced. */
  history: ReadonlySet<string>;
  muted: boolean;
  /** The host's tools: delete a message, mute its sender. */
  moderation?: { onDelete: (message: LiveChatMessage) => void; onMute: (message: LiveChatMessage) => void } | undefined;
}

interface Refusal {
  message: string;
  serverText?: string | undefined;
}

/**
 * A live session's chat: the messages (a log that is not itself a live region: a busy chat
 * would drown a screen reader), new messages from others announced politely and at most once
 * every few seconds as one sentence (can be switched off), and a form of at most 300 characters
 * that says why the server refused a message.
 */
export function LiveChatPanel({ sessionId, myUserId, status, messages, history, muted, moderation }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [text, setText] = useState('');
  const [refusal, setRefusal] = useState<Refusal | undefined>();
  const [busy, setBusy] = useState(false);
  const [readAloud, setReadAloud] = useState(true);
  const lastSent = useRef<number | undefined>();
  const log = useRef<HTMLDivElement>(null);
  const time = useMemo(() => new Intl.DateTimeFormat(i18n.lang, { timeStyle: 'short' }), [i18n.lang]);
  const tRef = useRef(t);
  tRef.current = t;
  const announcer = useMemo(() => new ChatAnnouncer({
    say: announce,
    words: (count, latest) => tRef.current(count === 1 ? 'live.chat.newOne' : 'live.chat.newMany', { count, name: latest.displayName, text: latest.text }),
  }), []);
  useEffect(() => () => announcer.dispose(), []);

  // Announce only what arrives after the first render, and never one's own messages.
  const seen = useRef<Set<string> | undefined>();
  useEffect(() => {
    if (!seen.current) {
      seen.current = new Set(messages.map(message => message.messageId));
      return;
    }

    const fresh = messages.filter(message => !seen.current!.has(message.messageId));
    fresh.forEach(message => seen.current!.add(message.messageId));
    if (readAloud) {
      announcer.add(fresh.filter(message => message.fromUserId !== myUserId && !history.has(message.messageId)));
    }

    const element = log.current;
    if (element && fresh.length > 0) {
      element.scrollTop = element.scrollHeight;
    }
  }, [messages]);

  const open = status === 'live' && !muted;
  const send = async (event: Event) => {
    event.preventDefault();
    const message = text.trim();
    if (!message || busy || !open) {
      return;
    }

    if (chatWaitMs(lastSent.current, Date.now()) > 0) {
      setRefusal({ message: t('live.chat.refused.tooFast') });
      return;
    }

    setBusy(true);
    setRefusal(undefined);
    try {
      await fairHub.sendLiveChat(sessionId, message);
      lastSent.current = Date.now();
      setText('');
    } catch (error) {
      const serverText = hubRefusal(error);
      setRefusal(serverText === undefined
        ? { message: t('chat.offline') }
        : { message: t(`live.chat.refused.${chatRefusal(serverText)}`), serverText });
    } finally {
      setBusy(false);
    }
  };

  const left = liveChatMaxLength - text.length;
  return (
    <section aria-labelledby="live-chat-title" class="chat live-chat">
      <h2 id="live-chat-title">{t('live.chat.title')}</h2>
      <Checkbox id="live-chat-read" label={t('live.chat.readAloud')} checked={readAloud} onChecked={setReadAloud} />
      {messages.length === 0 ? <p>{t('chat.empty')}</p> : null}
      <div class="chat__log" ref={log} role="log" aria-live="off" aria-labelledby="live-chat-title" tabIndex={0}>
        <ol class="chat__lines">
          {messages.map(message => {
            const mine = message.fromUserId === myUserId;
            return (
              <li key={message.messageId} class={mine ? 'chat__line chat__line--mine' : 'chat__line'}>
                <span class="chat__who">{mine ? t('chat.me') : message.displayName}</span>{' '}
                <time class="chat__time" dateTime={message.sentAt}>{time.format(new Date(message.sentAt))}</time>
                <span class="visually-hidden">:</span>
                <p class="chat__text">{message.text}</p>
                {moderation && !mine ? (
                  <div class="actions actions--small">
                    <button type="button" onClick={() => moderation.onDelete(message)}>
                      {t('live.chat.delete')}<span class="visually-hidden"> {t('live.chat.messageFrom', { name: message.displayName })}</span>
                    </button>
                    <button type="button" onClick={() => moderation.onMute(message)}>
                      {t('live.chat.mute', { name: message.displayName })}
                    </button>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
      </div>
      {refusal ? (
        <Notice kind="warning">
          <p>{refusal.message}{refusal.serverText ? <> <span lang="en">({refusal.serverText})</span></> : null}</p>
        </Notice>
      ) : null}
      {muted ? <p><strong>{t('live.chat.youAreMuted')}</strong></p> : null}
      {!muted && status !== 'live' ? <p>{t('live.chat.closed')}</p> : null}
      {open ? (
        <form class="chat__form" onSubmit={event => void send(event)}>
          <label for="live-chat-text">{t('live.chat.label')}</label>
          <p id="live-chat-count" class="hint" aria-live="off">{t('live.chat.left', { count: left, max: liveChatMaxLength })}</p>
          <div class="chat__row">
            <input id="live-chat-text" name="live-chat-text" value={text} maxLength={liveChatMaxLength} autoComplete="off"
              aria-describedby="live-chat-count" onInput={event => setText(event.currentTarget.value)} />
            <button type="submit" class="primary" aria-disabled={busy ? 'true' : undefined}>{t('chat.send')}</button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
