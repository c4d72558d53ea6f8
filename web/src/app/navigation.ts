import type { Role } from '../api/types';
import type { MessageKey } from '../i18n/i18n';

export interface NavItem {
  href: string;
  label: MessageKey;
  /** Shown after the label: the number of unread notifications. */
  badge?: 'unread';
}

/** Each role's console: the pages in its navigation, the first one being its home. */
export const navigation: Record<Role, readonly NavItem[]> = {
  graduate: [
    { href: '/graduate/fairs', label: 'nav.graduate.fairs' },
    { href: '/graduate/queues', label: 'nav.graduate.queues' },
    { href: '/graduate/profile', label: 'nav.graduate.profile' },
    { href: '/graduate/priority', label: 'nav.graduate.priority' },
    { href: '/graduate/recommendations', label: 'nav.graduate.recommendations' },
    { href: '/graduate/resume', label: 'nav.graduate.resume' },
    { href: '/graduate/notifications', label: 'nav.graduate.notifications', badge: 'unread' },
  ],
  employer: [
    { href: '/employer/company', label: 'nav.employer.company' },
    { href: '/employer/booths', label: 'nav.employer.booths' },
  ],
  organiser: [
    { href: '/organiser/companies', label: 'nav.organiser.companies' },
    { href: '/organiser/fairs', label: 'nav.organiser.fairs' },
    { href: '/organiser/cases', label: 'nav.organiser.cases' },
    { href: '/organiser/follow-ups', label: 'nav.organiser.followUps' },
    { href: '/organiser/reports', label: 'nav.organiser.reports' },
  ],
};

export const signedOutNavigation: readonly NavItem[] = [
  { href: '/signin', label: 'nav.signIn' },
  { href: '/signup', label: 'nav.signUp' },
];

export function homeOf(role: Role): string {
  return navigation[role][0]!.href;
}
