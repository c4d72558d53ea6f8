// Server → client messages of the hub /hubs/fair (../shared/API.md and the hub's additions), camelCase payloads.
import type { FairStatus, InvitationStatus, Outcome } from '../api/types';

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
}

export type HubEventName = keyof HubEvents;

export const hubEventNames: readonly HubEventName[] = [
  'QueuePosition', 'Invited', 'InvitationExpired', 'InvitationAnswered', 'QueueLeft', 'FairStatus', 'BoothQueue',
  'RoomMessage', 'RoomSignal', 'RoomEnded', 'RoomJoined',
];

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
