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
  /** Who may register and queue (scheduled fairs and themed sessions). */
  eligibility?: Eligibility;
  priorityGroups?: PriorityGroup[];
  description?: string | null;
}

export interface NewFair {
  title: string;
  theme: Theme;
  opensAt: string;
  closesAt: string;
  priorityGroups?: PriorityGroup[];
  description?: string;
  eligibility?: Eligibility;
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

// ---- Case ledger, follow-ups, reports (docs/api-additions.md: organisers) ----

export const caseStatuses = ['seeking', 'interviewing', 'offer', 'signed', 'employed', 'not-seeking'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/** The statuses an organiser records; interviewing and offer come from the engine. */
export const organiserStatuses = ['seeking', 'signed', 'employed', 'not-seeking'] as const satisfies readonly CaseStatus[];
export type OrganiserStatus = (typeof organiserStatuses)[number];

export const serviceKinds = ['guidance', 'recommendation', 'training', 'internship', 'other'] as const;
export type ServiceKind = (typeof serviceKinds)[number];

/** The four kinds with a "1311" minimum (1 guidance, 3 recommendations, 1 training, 1 internship). */
export const kinds1311 = ['guidance', 'recommendation', 'training', 'internship'] as const satisfies readonly ServiceKind[];

export interface ServiceCounts {
  guidance: number;
  recommendation: number;
  training: number;
  internship: number;
  other: number;
  total: number;
  meets1311: boolean;
}

export interface ServiceShortfall {
  kind: ServiceKind;
  required: number;
  received: number;
  missing: number;
}

export interface CaseListItem {
  graduateId: string;
  fullName: string;
  university: string;
  city: string;
  discipline: Discipline;
  degree: Degree;
  graduationYear: number;
  status: CaseStatus;
  /** Consented to a priority group: organisers only, never employers. */
  priority: boolean;
  services: ServiceCounts;
  lacking: ServiceShortfall[];
  openedAt: string;
  lastContactAt: string | null;
  followUpDueAt: string | null;
  openFollowUpId?: string | null;
}

export interface Page<T> {
  total: number;
  offset: number;
  limit: number;
  items: T[];
}

export interface Employment {
  employer: string;
  /** YYYY-MM-DD */
  date: string;
}

export interface CaseChange {
  from: CaseStatus;
  to: CaseStatus;
  at: string;
  actor: 'engine' | 'organiser' | (string & {});
  actorId: string;
  note: string | null;
  employment: Employment | null;
}

export interface ServiceRecord {
  kind: ServiceKind;
  count: number;
  at: string;
  actor: 'engine' | 'organiser' | (string & {});
  actorId: string;
  note: string | null;
}

export const followUpChannels = ['phone', 'text-message', 'email', 'video-call', 'in-person', 'other'] as const;
export type FollowUpChannel = (typeof followUpChannels)[number];

export interface FollowUp {
  followUpId: string;
  graduateId: string;
  fullName: string;
  city: string;
  status: CaseStatus;
  priority: boolean;
  createdAt: string;
  dueAt: string;
  lastContactAt: string | null;
  open: boolean;
  completedAt: string | null;
  completedBy: string | null;
  channel: FollowUpChannel | null;
  note: string | null;
}

export interface CaseDetail {
  graduateId: string;
  fullName: string;
  university: string;
  discipline: Discipline;
  degree: Degree;
  graduationYear: number;
  city: string;
  status: CaseStatus;
  openedAt: string;
  lastContactAt: string | null;
  followUpDueAt: string | null;
  employment: Employment | null;
  priorityGroups: PriorityGroup[];
  services: ServiceCounts;
  lacking: ServiceShortfall[];
  recommendationsPushed: number;
  history: CaseChange[];
  serviceRecords: ServiceRecord[];
  followUps: FollowUp[];
}

export interface Share {
  part: number;
  whole: number;
  percent: number | null;
}

export interface WaitStatistics {
  count: number;
  medianSeconds: number | null;
  p90Seconds: number | null;
  medianText: string | null;
  p90Text: string | null;
}

export interface FairReport {
  fairId: string;
  title: string;
  booths: number;
  jobs: number;
  openings: number;
  graduatesQueued: number;
  interviews: number;
  offers: number;
  offerRate: Share;
  wait: WaitStatistics;
  priorityLaneWait: WaitStatistics;
  otherWait: WaitStatistics;
  summary: string;
}

export interface CityMonthlyReport {
  city: string;
  month: string;
  graduatesServed: number;
  all1311Done: Share;
  employed: Share;
  signedOrEmployed: Share;
  priorityHelped: Share;
  summary: string;
}

// ---- Scheduled fairs, registration, notifications, recommendations, resumes, logos ----

export const eligibilities = ['everyone', 'priority-groups-only'] as const;
export type Eligibility = (typeof eligibilities)[number];

/** Themes whose fairs default to priority groups only (docs/api-additions.md). */
export const priorityThemes: readonly Theme[] = ['hardship-family', 'zero-employment-family', 'disability'];

export interface FairPatch {
  title?: string;
  description?: string;
  opensAt?: string;
  closesAt?: string;
}

export interface Registration {
  fairId: string;
  registeredAt: string;
}

export interface GraduateNotification {
  notificationId: string;
  kind: 'fair-reminder' | (string & {});
  fairId: string;
  title: string;
  opensAt: string;
  text: string;
  createdAt: string;
  read: boolean;
  readAt: string | null;
}

export interface Recommendation {
  jobId: string;
  title: string;
  companyName: string;
  boothId: string;
  fairId: string;
  discipline: Discipline;
  degree: Degree;
  city: string;
  openings: number;
  pushedAt: string;
  matched: ('discipline' | 'degree' | 'city')[];
  reason: string;
}

export interface ResumeInfo {
  resumeId?: string;
  fileName: string;
  length: number;
  uploadedAt: string | null;
}

export interface ResumeAccess {
  employerId: string;
  employerName: string;
  companyId: string;
  companyName: string;
  at: string;
}

export interface LogoInfo {
  companyId: string;
  contentType: string;
  length: number;
  uploadedAt: string;
}

/** Upload limits of docs/api-additions.md (1 MB = 1,048,576 bytes). */
export const resumeMaxBytes = 5 * 1_048_576;
export const logoMaxBytes = 1_048_576;

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
