import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { api } from '../../api/api';
import type { ChatLine } from '../../api/types';
import { problemFor, type FormProblem } from '../../components/form';
import { ProblemNotice } from '../../components/ProblemNotice';
import { fairHub } from '../../hub/fairHub';
import { useI18n } from '../../i18n/context';
import { chatKey, mergeLines } from '../../room/transcript';

interface Props {
  roomId: string;
  myUserId: string;
  /** The other participant's name, shown as the sender of their messages. */
  otherName: string;
  /** The interview has ended: the transcript stays, sending stops. */
  ended: boolean;
}

/**
 * The room's text chat: the transcript (GET …/transcript, again after reconnecting), new messages
 * from the hub's RoomMessage in a log that screen readers read as it grows, and a form that sends
 * through the hub's Chat.
 */
export function ChatPanel({ roomId, myUserId, otherName, ended }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [lines, setLines] = useState<ChatLine[]>([]);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<FormProblem | undefined>();
  const [busy, setBusy] = useState(false);
  const log = useRef<HTMLDivElement>(null);
  const time = useMemo(() => new Intl.DateTimeFormat(i18n.lang, { timeStyle: 'short' }), [i18n.lang]);

  const load = async () => {
    const transcript = await api.transcript(roomId).catch(() => undefined);
    if (transcript) {
      setLines(current => mergeLines(current, transcript));
    }
  };

  useEffect(() => {
    void load();
    const offMessage = fairHub.on('RoomMessage', event => {
      if (event.roomId === roomId) {
        setLines(current => mergeLines(current, [{ fromUserId: event.fromUserId, text: event.text, sentAt: event.sentAt }]));
      }
    });
    const offResync = fairHub.onResync(() => void load());
    return () => {
      offMessage();
      offResync();
    };
  }, [roomId]);

  useEffect(() => {
    const element = log.current;
    if (element) {
      element.scrollTop = element.scrollHeight;
    }
  }, [lines.length]);

  const send = async (event: Event) => {
    event.preventDefault();
    const message = text.trim();
    if (!message || busy) {
      return;
    }

    setBusy(true);
    setProblem(undefined);
    try {
      await fairHub.chat(roomId, message);
      setText('');
      // The hub echoes messages to the room; the transcript covers a hub that does not echo to the sender.
      await load();
    } catch (error) {
      setProblem(error instanceof Error && error.message.startsWith('The hub is')
        ? { message: t('chat.offline') }
        : problemFor(i18n, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="chat-title" class="chat">
      <h2 id="chat-title">{t('chat.title')}</h2>
      {lines.length === 0 ? <p>{t('chat.empty')}</p> : null}
      <div class="chat__log" ref={log} role="log" aria-live="polite" aria-labelledby="chat-title" tabIndex={0}>
        <ol class="chat__lines">
        {lines.map(line => {
          const mine = line.fromUserId === myUserId;
          return (
            <li key={chatKey(line)} class={mine ? 'chat__line chat__line--mine' : 'chat__line'}>
              <span class="chat__who">{mine ? t('chat.me') : otherName}</span>{' '}
              <time class="chat__time" dateTime={line.sentAt}>{time.format(new Date(line.sentAt))}</time>
              <span class="visually-hidden">:</span>
              <p class="chat__text">{line.text}</p>
            </li>
          );
        })}
        </ol>
      </div>
      <ProblemNotice problem={problem} />
      {ended ? <p>{t('chat.ended')}</p> : (
        <form class="chat__form" onSubmit={event => void send(event)}>
          <label for="chat-text">{t('chat.label')}</label>
          <div class="chat__row">
            <input id="chat-text" name="chat-text" value={text} maxLength={2000} autoComplete="off"
              onInput={event => setText(event.currentTarget.value)} />
            <button type="submit" class="primary" aria-disabled={busy ? 'true' : undefined}>{t('chat.send')}</button>
          </div>
        </form>
      )}
    </section>
  );
}
