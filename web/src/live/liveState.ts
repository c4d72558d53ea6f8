import type { LiveChatMessage, LiveSnapshot, LiveStatus, PinnedJobCard } from '../api/types';
import type { HubEvents } from '../hub/events';

/** How many chat messages a page keeps (the hub sends the latest 50 on watching). */
export const chatKept = 200;

/** What a page knows of a live session from the hub: WatchLive's answer, then the events. */
export interface LiveState {
  status: LiveStatus | undefined;
  viewers: number | undefined;
  cards: PinnedJobCard[];
  chat: LiveChatMessage[];
  /** The ids of the messages the last snapshot brought: history, not news to announce. */
  history: ReadonlySet<string>;
  muted: boolean;
}

export const emptyLive: LiveState = { status: undefined, viewers: undefined, cards: [], chat: [], history: new Set(), muted: false };

export type LiveAction =
  | { type: 'snapshot'; snapshot: LiveSnapshot }
  | { type: 'status'; status: LiveStatus }
  | { type: 'viewers'; viewers: number }
  | { type: 'pinned'; job: PinnedJobCard }
  | { type: 'unpinned'; jobId: string }
  | { type: 'chat'; messages: LiveChatMessage[] }
  | { type: 'chatDeleted'; messageId: string }
  | { type: 'muted' };

/** The next state; unchanged (the same object) when the action changes nothing. */
export function liveReducer(state: LiveState, action: LiveAction): LiveState {
  switch (action.type) {
    case 'snapshot':
      return {
        status: action.snapshot.status,
        viewers: action.snapshot.viewers,
        cards: action.snapshot.pinnedJobs,
        // Messages that arrived while (re)watching are kept; the snapshot's come first.
        chat: mergeChat(action.snapshot.chat, state.chat),
        history: new Set(action.snapshot.chat.map(message => message.messageId)),
        muted: action.snapshot.muted,
      };
    case 'status':
      return state.status === action.status ? state : { ...state, status: action.status };
    case 'viewers':
      return state.viewers === action.viewers ? state : { ...state, viewers: action.viewers };
    case 'pinned': {
      const others = state.cards.filter(card => card.jobId !== action.job.jobId);
      const at = state.cards.findIndex(card => card.jobId === action.job.jobId);
      const cards = at < 0 ? [...others, action.job] : state.cards.map(card => (card.jobId === action.job.jobId ? action.job : card));
      return { ...state, cards };
    }
    case 'unpinned':
      return state.cards.some(card => card.jobId === action.jobId)
        ? { ...state, cards: state.cards.filter(card => card.jobId !== action.jobId) }
        : state;
    case 'chat': {
      const chat = mergeChat(state.chat, action.messages);
      return chat === state.chat ? state : { ...state, chat };
    }
    case 'chatDeleted':
      return state.chat.some(message => message.messageId === action.messageId)
        ? { ...state, chat: state.chat.filter(message => message.messageId !== action.messageId) }
        : state;
    case 'muted':
      return state.muted ? state : { ...state, muted: true };
  }
}

/** Adds messages not seen yet (by id), in order, keeping the latest chatKept; the same array when nothing is new. */
export function mergeChat(current: LiveChatMessage[], incoming: readonly LiveChatMessage[]): LiveChatMessage[] {
  const seen = new Set(current.map(message => message.messageId));
  const fresh = incoming.filter(message => !seen.has(message.messageId) && seen.add(message.messageId));
  if (fresh.length === 0) {
    return current;
  }

  const merged = [...current, ...fresh];
  return merged.length > chatKept ? merged.slice(merged.length - chatKept) : merged;
}

/** The hub events of one session as reducer actions (undefined for another session's). */
export function actionFor<K extends keyof HubEvents>(event: K, payload: HubEvents[K], sessionId: string): LiveAction | undefined {
  if ((payload as { sessionId?: string }).sessionId !== sessionId) {
    return undefined;
  }

  switch (event) {
    case 'LiveStatus':
      return { type: 'status', status: (payload as HubEvents['LiveStatus']).status };
    case 'LiveViewers':
      return { type: 'viewers', viewers: (payload as HubEvents['LiveViewers']).viewers };
    case 'PinnedJob':
      return { type: 'pinned', job: (payload as HubEvents['PinnedJob']).job };
    case 'UnpinnedJob':
      return { type: 'unpinned', jobId: (payload as HubEvents['UnpinnedJob']).jobId };
    case 'LiveChat':
      return { type: 'chat', messages: (payload as HubEvents['LiveChat']).messages };
    case 'LiveChatDeleted':
      return { type: 'chatDeleted', messageId: (payload as HubEvents['LiveChatDeleted']).messageId };
    case 'LiveMuted':
      return { type: 'muted' };
    default:
      return undefined;
  }
}

export const liveEventNames = ['LiveStatus', 'LiveViewers', 'PinnedJob', 'UnpinnedJob', 'LiveChat', 'LiveChatDeleted', 'LiveMuted'] as const;
