import { useEffect, useState } from 'preact/hooks';
import { api } from '../api/api';
import type { GraduateNotification } from '../api/types';
import { notificationStore } from './unread';

/** The graduate's notifications as the shared store holds them; re-rendered on every change. */
export function useNotifications(): readonly GraduateNotification[] {
  const [list, setList] = useState(notificationStore.list);
  useEffect(() => {
    setList(notificationStore.list);
    return notificationStore.subscribe(setList);
  }, []);
  return list;
}

/** Fetches GET /api/me/notifications into the store; failures leave what is known. */
export async function refreshNotifications(): Promise<void> {
  try {
    notificationStore.set((await api.notifications()) ?? []);
  } catch {
    // The count stays as it was; the notifications page shows its own problem.
  }
}
