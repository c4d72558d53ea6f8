import type { PinnedJobCard } from '../../api/types';
import { useI18n } from '../../i18n/context';

/** A job's discipline, degree, city and openings, as a card shows them. */
export function JobFacts({ job }: { job: PinnedJobCard }) {
  const { t } = useI18n();
  return (
    <p class="job-facts">
      {t(`discipline.${job.discipline}`)}, {t(`degree.${job.degree}`)}, {job.city}, {t('job.openingsValue', { count: job.openings })}
    </p>
  );
}
