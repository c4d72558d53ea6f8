import type { GraduateNotification } from '../api/types';
import type { HubEvents } from '../hub/events';

/** How many notifications are unread. */
export function countUnread(list: readonly GraduateNotification[]): number {
  return list.reduce((count, notification) => count + (notification.read ? 0 : 1), 0);
}

/**
 * The list with a hub Reminder added at the top, unread, unless the list has it already (the
 * hub and a fetch may both bring it). Newest first, as GET /api/me/notifications answers.
 */
export function withReminder(list: readonly GraduateNotification[], reminder: HubEvents['Reminder'], receivedAt: string): GraduateNotification[] {
  if (list.some(notification => notification.notificationId === reminder.notificationId)) {
    return [...list];
  }

  return [{
    notificationId: reminder.notificationId,
    kind: 'fair-reminder',
    fairId: reminder.fairId,
    title: reminder.title,
    opensAt: reminder.opensAt,
    text: reminder.text,
    createdAt: receivedAt,
    read: false,
    readAt: null,
  }, ...list];
}

/** The list with one notification marked read (unchanged when it was read already). */
export function markedRead(list: readonly GraduateNotification[], notificationId: string, at: string): GraduateNotification[] {
  return list.map(notification =>
    notification.notificationId === notificationId && !notification.read ? { ...notification, read: true, readAt: at } : notification);
}

type Listener = (list: readonly GraduateNotification[]) => void;

/**
 * The graduate's notifications as last known, shared by the navigation's unread count and the
 * notifications page: set from GET /api/me/notifications, extended by the hub's Reminder.
 */
export class NotificationStore {
  private _list: readonly GraduateNotification[] = [];
  private _loaded = false;
  private readonly _listeners = new Set<Listener>();

  get list(): readonly GraduateNotification[] {
    return this._list;
  }

  get loaded(): boolean {
    return this._loaded;
  }

  get unread(): number {
    return countUnread(this._list);
  }

  set(list: readonly GraduateNotification[]): void {
    this._loaded = true;
    this.change(list);
  }

  addReminder(reminder: HubEvents['Reminder'], receivedAt: string): void {
    this.change(withReminder(this._list, reminder, receivedAt));
  }

  markRead(notificationId: string, at: string): void {
    this.change(markedRead(this._list, notificationId, at));
  }

  clear(): void {
    this._loaded = false;
    this.change([]);
  }

  subscribe(listener: Listener): () => void {
    this._listeners.add(listener);
    return () => this._listeners.delete(listener);
  }

  private change(list: readonly GraduateNotification[]): void {
    this._list = list;
    for (const listener of this._listeners) {
      listener(list);
    }
  }
}

export const notificationStore = new NotificationStore();
