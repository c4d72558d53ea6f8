import { describe, expect, it } from 'vitest';
import type { GraduateNotification } from '../api/types';
import { countUnread, markedRead, NotificationStore, withReminder } from './unread';

const note = (id: string, read: boolean): GraduateNotification => ({
  notificationId: id, kind: 'fair-reminder', fairId: 'f1', title: 'Fair', opensAt: '2026-06-01T09:00:00+08:00',
  text: 'opens soon', createdAt: '2026-06-01T08:30:00+08:00', read, readAt: read ? '2026-06-01T08:31:00+08:00' : null,
});
const reminder = { fairId: 'f2', title: 'Spring fair', opensAt: '2026-06-02T09:00:00+08:00', text: 'opens in 5 minutes', notificationId: 'n3' };

describe('unread counting', () => {
  it('counts the unread ones', () => {
    expect(countUnread([note('n1', false), note('n2', true), note('n4', false)])).toBe(2);
    expect(countUnread([])).toBe(0);
  });

  it('adds a hub reminder at the top, unread', () => {
    const list = withReminder([note('n1', true)], reminder, '2026-06-02T08:55:00+08:00');
    expect(list.map(n => n.notificationId)).toEqual(['n3', 'n1']);
    expect(list[0]).toMatchObject({ read: false, title: 'Spring fair', createdAt: '2026-06-02T08:55:00+08:00' });
    expect(countUnread(list)).toBe(1);
  });

  it('does not count a reminder twice when the list has it already', () => {
    const list = withReminder([note('n3', false)], reminder, '2026-06-02T08:55:00+08:00');
    expect(list).toHaveLength(1);
    expect(countUnread(list)).toBe(1);
  });

  it('marks one read, and marking it again changes nothing', () => {
    const once = markedRead([note('n1', false), note('n2', false)], 'n1', '2026-06-01T09:00:00Z');
    expect(countUnread(once)).toBe(1);
    expect(once[0]).toMatchObject({ read: true, readAt: '2026-06-01T09:00:00Z' });
    const twice = markedRead(once, 'n1', '2026-06-01T10:00:00Z');
    expect(twice[0]?.readAt).toBe('2026-06-01T09:00:00Z');
  });
});

describe('NotificationStore', () => {
  it('tells subscribers the new count on every change', () => {
    const store = new NotificationStore();
    const counts: number[] = [];
    const off = store.subscribe(list => counts.push(countUnread(list)));
    store.set([note('n1', false)]);
    store.addReminder(reminder, '2026-06-02T08:55:00+08:00');
    store.markRead('n1', '2026-06-02T09:00:00Z');
    off();
    store.clear();
    expect(counts).toEqual([1, 2, 1]);
    expect(store.unread).toBe(0);
    expect(store.loaded).toBe(false);
  });
});
