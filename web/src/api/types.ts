// The shapes of ../shared/API.md (v1) and docs/api-additions.md. Enumerations are kebab-case.

export const roles = ['graduate', 'employer', 'organiser'] as const;
export type Role = (typeof roles)[number];

export const disciplines = [
  'philosophy', 'economics', 'law', 'education', 'literature', 'history', 'science',
  'engineering', 'agriculture', 'medicine', 'military', 'management', 'art', 'interdisciplinary',
] as const;
export type Discipline = (typeof disciplines)[number];

export const degrees = ['associate', 'bachelor', 'master', 'doctor'] as const;
export type Degree = (typeof degrees)[number];

export const accommodations = ['text-chat', 'extra-time', 'sign-language', 'captions'] as const;
export type Accommodation = (typeof accommodations)[number];

export const priorityGroups = ['hardship-family', 'zero-employment-family', 'disability', 'low-income'] as const;
export type PriorityGroup = (typeof priorityGroups)[number];

export const themes = ['general', 'hardship-family', 'zero-employment-family', 'disability', 'industry', 'region', 'discipline'] as const;
export type Theme = (typeof themes)[number];

export type FairStatus = 'scheduled' | 'open' | 'closed';
export type CompanyStatus = 'pending' | 'verified' | (string & {});

export interface Me {
  userId: string;
  role: Role;
  displayName: string;
  email: string;
}

export interface LoginAnswer {
  userId: string;
  role: Role;
  displayName: string;
  accessToken: string;
  expiresIn: number;
}

export interface Profile {
  fullName: string;
  university: string;
  discipline: Discipline;
  degree: Degree;
  graduationYear: number;
  city: string;
  accommodations: Accommodation[];
}

export interface Priority {
  groups: PriorityGroup[];
  consentedAt: string | null;
}

export interface Company {
  companyId: string;
  name: string;
  creditCode: string;
  industry: string;
  city: string;
  status: CompanyStatus;
  booths?: { boothId: string; fairId: string; title: string }[];
}

export interface BoothSummary {
  boothId: string;
  companyName: string;
  title: string;
  waiting: number;
  etaSeconds: number;
  paused?: boolean;
  description?: string | null;
}

export interface Fair {
  fairId: string;
  title: string;
  theme: Theme;
  status: FairStatus;
  opensAt: string;
  closesAt: string;
  booths: BoothSummary[];
}

export interface NewFair {
  title: string;
  theme: Theme;
  opensAt: string;
  closesAt: string;
  priorityGroups?: PriorityGroup[];
  description?: string;
}

export interface Job {
  jobId: string;
  title: string;
  discipline: Discipline;
  degree: Degree;
  city: string;
  openings: number;
  salaryMin: number | null;
  salaryMax: number | null;
  description: string | null;
}

export type NewJob = Omit<Job, 'jobId'>;

export interface Booth {
  boothId: string;
  fairId: string;
  companyName: string;
  title: string;
  jobs: Job[];
  waiting: number;
  etaSeconds: number;
  paused?: boolean;
  description?: string | null;
}

export interface QueuePlace {
  boothId: string;
  position: number;
  etaSeconds: number;
  etaText: string;
}

export interface MyQueue extends QueuePlace {
  fairId: string;
  companyName: string;
  boothTitle: string;
}

export const outcomes = ['advance', 'offer', 'reject', 'no-show'] as const;
export type Outcome = (typeof outcomes)[number];

/** A waiting graduate as the booth's employers see them: never a priority group. */
export interface WaitingGraduate {
  graduateId: string;
  displayName: string;
  university: string | null;
  discipline: Discipline | null;
  degree: Degree | null;
  graduationYear: number | null;
  accommodations: Accommodation[];
}

/** The calling employer's open invitation or running interview at a booth. */
export interface EmployerCurrent {
  invitationId: string | null;
  roomId: string | null;
  graduateId: string;
  displayName: string;
  expiresAt: string | null;
}

export interface EmployerQueue {
  boothId: string;
  paused: boolean;
  waiting: WaitingGraduate[];
  current: EmployerCurrent | null;
}

export interface CalledInvitation {
  invitationId: string;
  graduateId: string;
  expiresAt: string;
}

export type InvitationStatus = 'pending' | 'accepted' | 'declined' | 'expired' | 'cancelled';

export interface Invitation {
  invitationId: string;
  boothId: string;
  companyName: string;
  graduateId: string;
  expiresAt: string;
  status: InvitationStatus;
  roomId: string | null;
}

/** GET /api/me/invitation: the graduate's open invitation. */
export interface MyInvitation {
  invitationId: string;
  boothId: string;
  companyName: string;
  expiresAt: string;
}

/** GET /api/me/room: the graduate's running interview. */
export interface MyRoom {
  roomId: string;
  boothId: string;
  companyName: string;
}

export interface Room {
  roomId: string;
  boothId: string;
  companyName: string;
  employerId: string;
  graduateId: string;
  startedAt: string;
  endedAt: string | null;
  outcome: Outcome | null;
  graduate: WaitingGraduate;
  /** The employer's private notes: only in the employer's answer. */
  notes?: string | null;
}

export interface ChatLine {
  fromUserId: string;
  text: string;
  sentAt: string;
}

export interface RtcConfig {
  iceServers: RTCIceServer[];
}

/** The most queues a graduate may wait in at once (issue 7). */
export const maxQueues = 5;

// Live sessions (直播带岗), docs/api-additions.md "Live sessions" and the hub contract.
export type LiveStatus = 'scheduled' | 'live' | 'ended';

/** A session in a fair's or a booth's listing. */
export interface LiveSessionSummary {
  sessionId: string;
  boothId: string;
  fairId: string;
  companyName: string;
  title: string;
  startsAt: string;
  status: LiveStatus;
  /** Whether the stream is produced elsewhere (an external HLS URL) rather than published over RTMP. */
  external: boolean;
}

/** A session as every signed-in user sees it (never its stream key). */
export interface LiveSession extends LiveSessionSummary {
  wentLiveAt: string | null;
  endedAt: string | null;
  /** The HLS playlist; null while RTMP ingest is not configured. */
  playbackUrl: string | null;
  pinnedJobs: Job[];
}

/** GET /api/live-sessions/{id}/playback: `message` says why there is no `hlsUrl`. */
export interface LivePlayback {
  sessionId: string;
  status: LiveStatus;
  hlsUrl: string | null;
  message: string | null;
}

/** GET /api/live-sessions/{id}/ingest: for the session's company's employers only. */
export interface LiveIngest {
  sessionId: string;
  configured: boolean;
  rtmpUrl: string | null;
  streamKey: string;
  message: string | null;
}

export interface NewLiveSession {
  title: string;
  startsAt: string;
  externalHlsUrl?: string;
}

export interface LiveJobStats {
  jobId: string;
  title: string;
  queueJoins: number;
  applications: number;
}

export interface LiveStats {
  sessionId: string;
  status: LiveStatus;
  peakViewers: number;
  totalViewers: number;
  chatMessages: number;
  jobs: LiveJobStats[];
}

export interface LiveApplication {
  applicationId: string;
  boothId: string;
  jobId: string;
  jobTitle: string;
  appliedAt: string;
}

/** A job card as the hub sends it (PinnedJob, WatchLive's pinnedJobs). */
export interface PinnedJobCard {
  jobId: string;
  title: string;
  discipline: Discipline;
  degree: Degree;
  city: string;
  openings: number;
}

export interface LiveChatMessage {
  messageId: string;
  sessionId: string;
  fromUserId: string;
  displayName: string;
  text: string;
  sentAt: string;
}

/** What WatchLive answers: the session as it is now for this viewer. */
export interface LiveSnapshot {
  sessionId: string;
  status: LiveStatus;
  viewers: number;
  pinnedJobs: PinnedJobCard[];
  chat: LiveChatMessage[];
  muted: boolean;
}

/** At most this many characters in a live chat message (the server's LiveChatRules.MaxLength). */
export const liveChatMaxLength = 300;
