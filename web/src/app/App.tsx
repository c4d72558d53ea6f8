import type { VNode } from 'preact';
import { useEffect } from 'preact/hooks';
import type { Role } from '../api/types';
import { Page } from '../components/Page';
import { I18nProvider, useI18n } from '../i18n/context';
import { SignIn } from '../pages/auth/SignIn';
import { SignUp } from '../pages/auth/SignUp';
import { BoothConsole } from '../pages/employer/BoothConsole';
import { BoothsPage } from '../pages/employer/BoothsPage';
import { CompanyPage } from '../pages/employer/CompanyPage';
import { FairList } from '../pages/graduate/FairList';
import { FairLobby } from '../pages/graduate/FairLobby';
import { GraduateAlerts } from '../pages/graduate/GraduateAlerts';
import { MyQueues } from '../pages/graduate/MyQueues';
import { PriorityPage } from '../pages/graduate/PriorityPage';
import { ProfilePage } from '../pages/graduate/ProfilePage';
import { CompanyVerification } from '../pages/organiser/CompanyVerification';
import { FairDashboard } from '../pages/organiser/FairDashboard';
import { FairsAdmin } from '../pages/organiser/FairsAdmin';
import { BoothLiveSessions } from '../pages/live/BoothLiveSessions';
import { LiveStudio } from '../pages/live/LiveStudio';
import { LiveViewer } from '../pages/live/LiveViewer';
import { InterviewRoom } from '../pages/room/InterviewRoom';
import { NotificationsPage } from '../pages/graduate/NotificationsPage';
import { RecommendationsPage } from '../pages/graduate/RecommendationsPage';
import { ResumePage } from '../pages/graduate/ResumePage';
import { CaseDetailPage } from '../pages/organiser/CaseDetailPage';
import { CasesPage } from '../pages/organiser/CasesPage';
import { FollowUpsPage } from '../pages/organiser/FollowUpsPage';
import { ReportsPage } from '../pages/organiser/ReportsPage';
import { homeOf } from './navigation';
import { Link, match, navigate, usePath } from './router';
import { SessionProvider, useSession } from './session';
import { Shell } from './Shell';

interface Route {
  pattern: string;
  role: Role;
  render: (params: Record<string, string>) => VNode;
}

const routes: readonly Route[] = [
  { pattern: '/graduate/fairs', role: 'graduate', render: () => <FairList /> },
  { pattern: '/graduate/fairs/:fairId', role: 'graduate', render: p => <FairLobby fairId={p.fairId!} /> },
  { pattern: '/graduate/queues', role: 'graduate', render: () => <MyQueues /> },
  { pattern: '/graduate/profile', role: 'graduate', render: () => <ProfilePage /> },
  { pattern: '/graduate/priority', role: 'graduate', render: () => <PriorityPage /> },
  { pattern: '/graduate/rooms/:roomId', role: 'graduate', render: p => <InterviewRoom key={p.roomId} roomId={p.roomId!} /> },
  { pattern: '/employer/company', role: 'employer', render: () => <CompanyPage /> },
  { pattern: '/employer/booths', role: 'employer', render: () => <BoothsPage /> },
  { pattern: '/employer/booths/:boothId', role: 'employer', render: p => <BoothConsole key={p.boothId} boothId={p.boothId!} /> },
  { pattern: '/employer/rooms/:roomId', role: 'employer', render: p => <InterviewRoom key={p.roomId} roomId={p.roomId!} /> },
  { pattern: '/employer/booths/:boothId/live', role: 'employer', render: p => <BoothLiveSessions key={p.boothId} boothId={p.boothId!} /> },
  { pattern: '/employer/live/:sessionId', role: 'employer', render: p => <LiveStudio key={p.sessionId} sessionId={p.sessionId!} /> },
  { pattern: '/employer/live/:sessionId/watch', role: 'employer', render: p => <LiveViewer key={p.sessionId} sessionId={p.sessionId!} /> },
  { pattern: '/graduate/live/:sessionId', role: 'graduate', render: p => <LiveViewer key={p.sessionId} sessionId={p.sessionId!} /> },
  { pattern: '/organiser/live/:sessionId', role: 'organiser', render: p => <LiveViewer key={p.sessionId} sessionId={p.sessionId!} /> },
  { pattern: '/organiser/companies', role: 'organiser', render: () => <CompanyVerification /> },
  { pattern: '/organiser/fairs', role: 'organiser', render: () => <FairsAdmin /> },
  { pattern: '/organiser/fairs/:fairId', role: 'organiser', render: p => <FairDashboard key={p.fairId} fairId={p.fairId!} /> },
  // Case work: the case ledger, follow-ups, reports; graduates' notifications, recommendations and résumé.
  { pattern: '/organiser/cases', role: 'organiser', render: () => <CasesPage /> },
  { pattern: '/organiser/cases/:graduateId', role: 'organiser', render: p => <CaseDetailPage key={p.graduateId} graduateId={p.graduateId!} /> },
  { pattern: '/organiser/follow-ups', role: 'organiser', render: () => <FollowUpsPage /> },
  { pattern: '/organiser/reports', role: 'organiser', render: () => <ReportsPage /> },
  { pattern: '/graduate/notifications', role: 'graduate', render: () => <NotificationsPage /> },
  { pattern: '/graduate/recommendations', role: 'graduate', render: () => <RecommendationsPage /> },
  { pattern: '/graduate/resume', role: 'graduate', render: () => <ResumePage /> },
];

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

function NotFound() {
  const { t } = useI18n();
  return (
    <Page title={t('notFound.title')}>
      <p>{t('notFound.body')}</p>
      <p><Link href="/">{t('notFound.home')}</Link></p>
    </Page>
  );
}

function Loading() {
  const { t } = useI18n();
  return <p class="loading" role="status">{t('app.loading')}</p>;
}

function Routes() {
  const path = usePath();
  const { state } = useSession();

  if (state.status === 'loading') {
    return <Loading />;
  }

  if (state.status === 'signed-out') {
    if (path === '/signin') {
      return <SignIn expired={state.reason === 'expired'} />;
    }

    if (path === '/signup') {
      return <SignUp />;
    }

    // After signing out on purpose, signing in again starts at the home page, not where one left.
    const next = path === '/' || state.reason === 'signed-out' ? '' : `?next=${encodeURIComponent(path)}`;
    return <Redirect to={`/signin${next}`} />;
  }

  const { role } = state.me;
  if (path === '/' || path === '/signin' || path === '/signup') {
    const next = new URLSearchParams(location.search).get('next');
    const target = next?.startsWith(`/${role}/`) ? next : homeOf(role);
    return <Redirect to={target} />;
  }

  let page = <NotFound />;
  for (const route of routes) {
    const params = match(route.pattern, path);
    if (params && route.role === role) {
      page = route.render(params);
      break;
    }
  }

  // Invitations and lost places reach a graduate on every page.
  return role === 'graduate' ? <><GraduateAlerts />{page}</> : page;
}

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <Shell>
          <Routes />
        </Shell>
      </SessionProvider>
    </I18nProvider>
  );
}
