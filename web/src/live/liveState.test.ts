import { describe, expect, it } from 'vitest';
import type { LiveChatMessage, PinnedJobCard } from '../api/types';
import { actionFor, chatKept, emptyLive, liveReducer, mergeChat } from './liveState';

const job = (jobId: string, title = `Job ${jobId}`): PinnedJobCard =>
  ({ jobId, title, discipline: 'engineering', degree: 'bachelor', city: 'Chengdu', openings: 2 });
const message = (n: number): LiveChatMessage =>
  ({ messageId: `m${n}`, sessionId: 's1', fromUserId: 'u1', displayName: 'Li', text: `hello ${n}`, sentAt: '2026-06-01T06:00:00Z' });

describe('liveReducer', () => {
  it('takes the snapshot and keeps chat that arrived before it, once', () => {
    const early = liveReducer(emptyLive, { type: 'chat', messages: [message(3)] });
    const state = liveReducer(early, {
      type: 'snapshot',
      snapshot: { sessionId: 's1', status: 'live', viewers: 7, pinnedJobs: [job('a')], chat: [message(1), message(2), message(3)], muted: false },
    });
    expect(state.status).toBe('live');
    expect(state.viewers).toBe(7);
    expect(state.cards.map(card => card.jobId)).toEqual(['a']);
    expect(state.chat.map(m => m.messageId)).toEqual(['m1', 'm2', 'm3']);
    expect([...state.history]).toEqual(['m1', 'm2', 'm3']);
  });

  it('pins at the end, replaces a card pinned again in place, and unpins', () => {
    let state = liveReducer(emptyLive, { type: 'pinned', job: job('a') });
    state = liveReducer(state, { type: 'pinned', job: job('b') });
    state = liveReducer(state, { type: 'pinned', job: job('a', 'Renamed') });
    expect(state.cards.map(card => `${card.jobId}:${card.title}`)).toEqual(['a:Renamed', 'b:Job b']);
    state = liveReducer(state, { type: 'unpinned', jobId: 'a' });
    expect(state.cards.map(card => card.jobId)).toEqual(['b']);
  });

  it('returns the same state when nothing changes, so pages do not render again', () => {
    const state = liveReducer(emptyLive, { type: 'viewers', viewers: 3 });
    expect(liveReducer(state, { type: 'viewers', viewers: 3 })).toBe(state);
    expect(liveReducer(state, { type: 'unpinned', jobId: 'x' })).toBe(state);
    expect(liveReducer(state, { type: 'chatDeleted', messageId: 'x' })).toBe(state);
  });

  it('deletes a message and marks the viewer muted', () => {
    let state = liveReducer(emptyLive, { type: 'chat', messages: [message(1), message(2)] });
    state = liveReducer(state, { type: 'chatDeleted', messageId: 'm1' });
    state = liveReducer(state, { type: 'muted' });
    expect(state.chat.map(m => m.messageId)).toEqual(['m2']);
    expect(state.muted).toBe(true);
  });
});

describe('mergeChat', () => {
  it('keeps order, drops repeats and keeps only the latest messages', () => {
    const many = Array.from({ length: chatKept + 5 }, (_, i) => message(i));
    const merged = mergeChat([message(0)], many);
    expect(merged).toHaveLength(chatKept);
    expect(merged[0]!.messageId).toBe('m5');
    expect(merged.at(-1)!.messageId).toBe(`m${chatKept + 4}`);
  });

  it('gives back the same array when nothing is new', () => {
    const current = [message(1)];
    expect(mergeChat(current, [message(1)])).toBe(current);
  });
});

describe('actionFor', () => {
  it('ignores another session and maps this one', () => {
    expect(actionFor('LiveViewers', { sessionId: 'other', viewers: 2 }, 's1')).toBeUndefined();
    expect(actionFor('LiveViewers', { sessionId: 's1', viewers: 2 }, 's1')).toEqual({ type: 'viewers', viewers: 2 });
    expect(actionFor('UnpinnedJob', { sessionId: 's1', jobId: 'a' }, 's1')).toEqual({ type: 'unpinned', jobId: 'a' });
    expect(actionFor('LiveMuted', { sessionId: 's1' }, 's1')).toEqual({ type: 'muted' });
  });
});
