// Server → client messages of the hub /hubs/fair (../shared/API.md and the hub's additions), camelCase payloads.
import type { FairStatus, InvitationStatus, LiveChatMessage, LiveStatus, Outcome, PinnedJobCard } from '../api/types';

/** Why a graduate is no longer in a queue (the server's QueueLeaveReason, kebab-case). */
export type QueueLeftReason = 'left' | 'declined' | 'no-show' | 'fair-closed' | 'offline' | (string & {});

export interface HubEvents {
  QueuePosition: { boothId: string; position: number; etaSeconds: number; etaText: string };
  Invited: { invitationId: string; boothId: string; companyName: string; expiresAt: string };
  InvitationExpired: { invitationId: string; boothId: string };
  /** To the employer who called: the graduate accepted (with the room) or declined. */
  InvitationAnswered: { invitationId: string; boothId: string; graduateId: string; status: InvitationStatus; roomId: string | null };
  QueueLeft: { boothId: string; reason: QueueLeftReason };
  FairStatus: { fairId: string; status: FairStatus };
  /**
   * A booth's queue changed: to its watching employers and to the fair's watchers. `waiting` is
   * the count (a list is read as its length); the wait estimate comes with it when the server sends it.
   */
  BoothQueue: { boothId: string; waiting: number | unknown[]; etaSeconds?: number; paused?: boolean };
  RoomMessage: { roomId: string; fromUserId: string; text: string; sentAt: string };
  RoomSignal: { roomId: string; fromUserId: string; payload: unknown };
  RoomEnded: { roomId: string; outcome: Outcome };
  /** The other participant called JoinRoom. */
  RoomJoined: { roomId: string; userId: string };
  /** To a registered graduate, 30 and 5 minutes before a fair opens (also in GET /api/me/notifications). */
  Reminder: { fairId: string; title: string; opensAt: string; text: string; notificationId: string };
  /** A live session's status changed: to its watchers and to the fair's watchers. */
  LiveStatus: { sessionId: string; status: LiveStatus };
  /** About ten minutes before a live session starts: to the fair's watchers. */
  LiveSessionStarting: { sessionId: string; boothId: string; fairId: string; companyName: string; title: string; startsAt: string };
  PinnedJob: { sessionId: string; job: PinnedJobCard };
  UnpinnedJob: { sessionId: string; jobId: string };
  /** New chat messages, batched, in order. */
  LiveChat: { sessionId: string; messages: LiveChatMessage[] };
  LiveChatDeleted: { sessionId: string; messageId: string };
  /** At most every 2 seconds per session, only on change. */
  LiveViewers: { sessionId: string; viewers: number };
  /** To the user the host muted. */
  LiveMuted: { sessionId: string };
}

export type HubEventName = keyof HubEvents;

export const hubEventNames: readonly HubEventName[] = [
  'QueuePosition', 'Invited', 'InvitationExpired', 'InvitationAnswered', 'QueueLeft', 'FairStatus', 'BoothQueue',
  'RoomMessage', 'RoomSignal', 'RoomEnded', 'RoomJoined', 'Reminder',
  'LiveStatus', 'LiveSessionStarting', 'PinnedJob', 'UnpinnedJob', 'LiveChat', 'LiveChatDeleted', 'LiveViewers', 'LiveMuted',
];

/**
 * The server's own words from a refused hub call. The JavaScript client reports a HubException
 * as "An unexpected error occurred invoking 'X' on the server. HubException: <message>".
 */
export function hubRefusal(error: unknown): string | undefined {
  if (!(error instanceof Error)) {
    return undefined;
  }

  const marker = 'HubException: ';
  const at = error.message.indexOf(marker);
  return at >= 0 ? error.message.slice(at + marker.length).trim() : undefined;
}

/** The number waiting from a BoothQueue message. */
export function waitingCount(waiting: HubEvents['BoothQueue']['waiting']): number {
  return Array.isArray(waiting) ? waiting.length : waiting;
}

/**
 * idle: not started; connecting: first connection; connected; reconnecting: the connection
 * dropped and the client is retrying; unavailable: the hub cannot be reached (or does not exist
 * yet) and the module will try again later. Pages fall back to fetching when not connected.
 */
export type HubStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'unavailable';
