// Server → client messages of the hub /hubs/fair (../shared/API.md), camelCase payloads.

export interface HubEvents {
  QueuePosition: { boothId: string; position: number; etaSeconds: number; etaText: string };
  Invited: { invitationId: string; boothId: string; companyName: string; expiresAt: string };
  InvitationExpired: { invitationId: string; boothId: string };
  QueueLeft: { boothId: string; reason: string };
  FairStatus: { fairId: string; status: 'scheduled' | 'open' | 'closed' };
  BoothQueue: { boothId: string; waiting: unknown[] };
  RoomMessage: { roomId: string; fromUserId: string; text: string; sentAt: string };
  RoomSignal: { roomId: string; fromUserId: string; payload: unknown };
  RoomEnded: { roomId: string; outcome: string };
}

export type HubEventName = keyof HubEvents;

export const hubEventNames: readonly HubEventName[] = [
  'QueuePosition', 'Invited', 'InvitationExpired', 'QueueLeft', 'FairStatus', 'BoothQueue',
  'RoomMessage', 'RoomSignal', 'RoomEnded',
];

/**
 * idle: not started; connecting: first connection; connected; reconnecting: the connection
 * dropped and the client is retrying; unavailable: the hub cannot be reached (or does not exist
 * yet) and the module will try again later. Pages fall back to fetching when not connected.
 */
export type HubStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'unavailable';
