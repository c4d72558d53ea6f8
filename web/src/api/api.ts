import { fetchFile, upload, request } from './http';
import type {
  Booth, CalledInvitation, ChatLine, Company, EmployerQueue, Fair, Invitation, LoginAnswer, Me, MyInvitation, MyQueue, MyRoom,
  LiveApplication, LiveIngest, LivePlayback, LiveSession, LiveSessionSummary, LiveStats, NewFair, NewJob, NewLiveSession,
  Outcome, Priority, PriorityGroup, Profile, QueuePlace, Role, Room, RtcConfig,
} from './types';
import type {
  CaseDetail, CaseListItem, CityMonthlyReport, FairPatch, FairReport, FollowUp, FollowUpChannel, GraduateNotification, LogoInfo,
  Page, Recommendation, Registration, ResumeAccess, ResumeInfo, ServiceKind,
} from './types';

const enc = encodeURIComponent;

/** Every call the web app makes, one function per row of API.md and api-additions.md. */
export const api = {
  // Accounts
  register: (body: { email: string; password: string; displayName: string; role: Exclude<Role, 'organiser'> }) =>
    request<{ userId: string }>('POST', '/api/auth/register', body, { anonymous: true }),
  login: (body: { email: string; password: string }) =>
    request<LoginAnswer>('POST', '/api/auth/login', body, { anonymous: true }),
  logout: () => request<void>('POST', '/api/auth/logout', undefined, { anonymous: true }),
  /** The signed-in user, or undefined when nobody is signed in. */
  me: () => request<Me>('GET', '/api/me', undefined, { allow: [401], anonymous: true }),

  // Graduates
  /** The profile, or undefined before the first save. */
  getProfile: () => request<Profile>('GET', '/api/me/profile', undefined, { allow: [404] }),
  putProfile: (profile: Profile) => request<Profile>('PUT', '/api/me/profile', profile),
  getPriority: () => request<Priority>('GET', '/api/me/priority'),
  putPriority: (groups: PriorityGroup[], consent: boolean) => request<void>('PUT', '/api/me/priority', { groups, consent }),
  withdrawPriority: () => request<void>('DELETE', '/api/me/priority'),
  myQueues: () => request<MyQueue[]>('GET', '/api/me/queues'),
  /** The open invitation, or undefined (204) when there is none. */
  myInvitation: () => request<MyInvitation>('GET', '/api/me/invitation'),
  /** The running interview, or undefined (204) when there is none. */
  myRoom: () => request<MyRoom>('GET', '/api/me/room'),

  // Companies
  companies: (status?: string) =>
    request<Company[]>('GET', status ? `/api/companies?status=${enc(status)}` : '/api/companies'),
  company: (companyId: string) => request<Company>('GET', `/api/companies/${enc(companyId)}`),
  registerCompany: (body: { name: string; creditCode: string; industry: string; city: string }) =>
    request<{ companyId: string; status: string }>('POST', '/api/companies', body),
  verifyCompany: (companyId: string) =>
    request<{ companyId: string; status: string }>('POST', `/api/companies/${enc(companyId)}/verify`),

  // Fairs and booths
  fairs: () => request<Fair[]>('GET', '/api/fairs'),
  fair: (fairId: string) => request<Fair>('GET', `/api/fairs/${enc(fairId)}`),
  createFair: (body: NewFair) => request<{ fairId: string; status: string }>('POST', '/api/fairs', body),
  openFair: (fairId: string) => request<Fair>('POST', `/api/fairs/${enc(fairId)}/open`),
  closeFair: (fairId: string) => request<Fair>('POST', `/api/fairs/${enc(fairId)}/close`),
  createBooth: (fairId: string, body: { companyId: string; title: string; description?: string }) =>
    request<{ boothId: string }>('POST', `/api/fairs/${enc(fairId)}/booths`, body),
  booth: (boothId: string) => request<Booth>('GET', `/api/booths/${enc(boothId)}`),
  createJob: (boothId: string, body: Partial<NewJob>) =>
    request<{ jobId: string }>('POST', `/api/booths/${enc(boothId)}/jobs`, body),

  // Queues
  joinQueue: (boothId: string) => request<QueuePlace>('POST', `/api/booths/${enc(boothId)}/queue`),
  leaveQueue: (boothId: string) => request<void>('DELETE', `/api/booths/${enc(boothId)}/queue`),
  /** The booth's queue as its employers see it. */
  employerQueue: (boothId: string) => request<EmployerQueue>('GET', `/api/booths/${enc(boothId)}/queue`),
  /** 200: the invitation; undefined (204): nobody can be invited now; 409 (ApiError): paused or busy. */
  callNext: (boothId: string) => request<CalledInvitation>('POST', `/api/booths/${enc(boothId)}/queue/next`),
  pauseBooth: (boothId: string) => request<{ boothId: string; paused: boolean }>('POST', `/api/booths/${enc(boothId)}/pause`),
  resumeBooth: (boothId: string) => request<{ boothId: string; paused: boolean }>('POST', `/api/booths/${enc(boothId)}/resume`),

  // Invitations and rooms
  invitation: (invitationId: string) => request<Invitation>('GET', `/api/invitations/${enc(invitationId)}`),
  accept: (invitationId: string) => request<{ roomId: string }>('POST', `/api/invitations/${enc(invitationId)}/accept`),
  decline: (invitationId: string) => request<void>('POST', `/api/invitations/${enc(invitationId)}/decline`),
  room: (roomId: string) => request<Room>('GET', `/api/rooms/${enc(roomId)}`),
  saveNotes: (roomId: string, notes: string) => request<void>('PUT', `/api/rooms/${enc(roomId)}/notes`, { notes }),
  endRoom: (roomId: string, outcome: Outcome, notes?: string) =>
    request<{ roomId: string; outcome: Outcome; endedAt: string }>('POST', `/api/rooms/${enc(roomId)}/end`, notes ? { outcome, notes } : { outcome }),
  transcript: (roomId: string) => request<ChatLine[]>('GET', `/api/rooms/${enc(roomId)}/transcript`),
  rtcConfig: () => request<RtcConfig>('GET', '/api/rtc/config'),

  // Fairs on a schedule, registration (docs/api-additions.md)
  patchFair: (fairId: string, body: FairPatch) => request<Fair>('PATCH', `/api/fairs/${enc(fairId)}`, body),
  registerForFair: (fairId: string) => request<Registration>('POST', `/api/fairs/${enc(fairId)}/register`),
  /** The registration, or undefined (404) when the graduate has not registered. */
  registration: (fairId: string) => request<Registration>('GET', `/api/fairs/${enc(fairId)}/register`, undefined, { allow: [404] }),

  // Notifications and recommendations (graduates)
  notifications: () => request<GraduateNotification[]>('GET', '/api/me/notifications'),
  markNotificationRead: (notificationId: string) => request<void>('POST', `/api/me/notifications/${enc(notificationId)}/read`),
  recommendations: () => request<Recommendation[]>('GET', '/api/me/recommendations'),

  // Resumes and logos
  uploadResume: (file: File) => upload<ResumeInfo>('POST', '/api/me/resume', file, file.name),
  /** The graduate's own resume file, or undefined (404) before the first upload. */
  myResume: () => fetchFile('/api/me/resume', { allow: [404] }),
  resumeAccessLog: () => request<ResumeAccess[]>('GET', '/api/me/resume/access-log'),
  /** A graduate's resume for an employer; undefined (404) when the graduate has none. */
  graduateResume: (graduateId: string) => fetchFile(`/api/graduates/${enc(graduateId)}/resume`, { allow: [404] }),
  uploadLogo: (companyId: string, file: File) => upload<LogoInfo>('PUT', `/api/companies/${enc(companyId)}/logo`, file, file.name),
  logoUrl: (companyId: string, version?: string) =>
    `/api/companies/${enc(companyId)}/logo${version ? `?v=${enc(version)}` : ''}`,

  // Case ledger, follow-ups and reports (organisers); queries from casework/query.ts
  cases: (query: string) => request<Page<CaseListItem>>('GET', `/api/cases${query}`),
  caseDetail: (graduateId: string) => request<CaseDetail>('GET', `/api/cases/${enc(graduateId)}`),
  recordStatus: (graduateId: string, body: { status: string; note?: string; employer?: string; date?: string }) =>
    request<CaseDetail>('POST', `/api/cases/${enc(graduateId)}/status`, body),
  recordService: (graduateId: string, body: { kind: ServiceKind; count: number; note?: string }) =>
    request<CaseDetail>('POST', `/api/cases/${enc(graduateId)}/services`, body),
  followUps: (query: string) => request<Page<FollowUp>>('GET', `/api/follow-ups${query}`),
  completeFollowUp: (followUpId: string, body: { channel: FollowUpChannel; note?: string }) =>
    request<FollowUp>('POST', `/api/follow-ups/${enc(followUpId)}/complete`, body),
  fairReport: (fairId: string) => request<FairReport>('GET', `/api/fairs/${enc(fairId)}/report`),
  fairReportCsvUrl: (fairId: string) => `/api/fairs/${enc(fairId)}/report.csv`,
  monthlyReport: (query: string) => request<CityMonthlyReport[]>('GET', `/api/reports/monthly${query}`),
  monthlyReportCsvUrl: (query: string) => `/api/reports/monthly.csv${query}`,
  // Live sessions (直播带岗)
  createLiveSession: (boothId: string, body: NewLiveSession) =>
    request<LiveSession>('POST', `/api/booths/${enc(boothId)}/live-sessions`, body),
  boothLiveSessions: (boothId: string) => request<LiveSessionSummary[]>('GET', `/api/booths/${enc(boothId)}/live-sessions`),
  fairLiveSessions: (fairId: string) => request<LiveSessionSummary[]>('GET', `/api/fairs/${enc(fairId)}/live-sessions`),
  liveSession: (sessionId: string) => request<LiveSession>('GET', `/api/live-sessions/${enc(sessionId)}`),
  /** Moves a session that has not started; its announcement follows the new time. */
  rescheduleLive: (sessionId: string, startsAt: string) =>
    request<LiveSession>('PATCH', `/api/live-sessions/${enc(sessionId)}`, { startsAt }),
  livePlayback: (sessionId: string) => request<LivePlayback>('GET', `/api/live-sessions/${enc(sessionId)}/playback`),
  liveIngest: (sessionId: string) => request<LiveIngest>('GET', `/api/live-sessions/${enc(sessionId)}/ingest`),
  rotateLiveKey: (sessionId: string) => request<LiveIngest>('POST', `/api/live-sessions/${enc(sessionId)}/rotate-key`),
  startLive: (sessionId: string) => request<LiveSession>('POST', `/api/live-sessions/${enc(sessionId)}/start`),
  endLive: (sessionId: string) => request<LiveSession>('POST', `/api/live-sessions/${enc(sessionId)}/end`),
  pinJob: (sessionId: string, jobId: string) => request<LiveSession>('PUT', `/api/live-sessions/${enc(sessionId)}/pins/${enc(jobId)}`),
  unpinJob: (sessionId: string, jobId: string) => request<LiveSession>('DELETE', `/api/live-sessions/${enc(sessionId)}/pins/${enc(jobId)}`),
  joinFromCard: (sessionId: string, jobId: string) =>
    request<QueuePlace>('POST', `/api/live-sessions/${enc(sessionId)}/jobs/${enc(jobId)}/queue`),
  applyFromCard: (sessionId: string, jobId: string) =>
    request<LiveApplication>('POST', `/api/live-sessions/${enc(sessionId)}/jobs/${enc(jobId)}/apply`),
  liveStats: (sessionId: string) => request<LiveStats>('GET', `/api/live-sessions/${enc(sessionId)}/stats`),
};
