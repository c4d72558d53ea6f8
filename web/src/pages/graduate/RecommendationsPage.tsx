import { api } from '../../api/api';
import { Link } from '../../app/router';
import { LoadState } from '../../components/LoadState';
import { Page } from '../../components/Page';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n/context';

/** Jobs pushed to the graduate (GET /api/me/recommendations), newest push first, with what matched. */
export function RecommendationsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const list = useLoad(() => api.recommendations().then(items => items ?? []));
  const separator = i18n.lang === 'en' ? ', ' : '、';

  return (
    <Page title={t('recommendations.title')}>
      <p>{t('recommendations.intro')}</p>
      <LoadState loading={list.loading} problem={list.problem} />
      {list.data && list.data.length === 0 ? <p>{t('recommendations.none')}</p> : null}
      <ul class="cards" id="recommendations">
        {list.data?.map(job => (
          <li class="card" key={job.jobId} aria-labelledby={`recommendation-${job.jobId}`}>
            <h2 id={`recommendation-${job.jobId}`}>{job.title}</h2>
            <dl class="facts">
              <div><dt>{t('recommendations.company')}</dt><dd>{job.companyName}</dd></div>
              <div><dt>{t('job.discipline')}</dt><dd>{t(`discipline.${job.discipline}`)}</dd></div>
              <div><dt>{t('job.degree')}</dt><dd>{t(`degree.${job.degree}`)}</dd></div>
              <div><dt>{t('job.city')}</dt><dd>{job.city}</dd></div>
              <div><dt>{t('job.openings')}</dt><dd>{t('job.openingsValue', { count: job.openings })}</dd></div>
              <div><dt>{t('recommendations.pushedAt')}</dt><dd><time dateTime={job.pushedAt}>{i18n.dateTime(job.pushedAt)}</time></dd></div>
            </dl>
            <p>
              <span class="tag">{t('recommendations.matched', { list: job.matched.map(criterion => t(`recommendations.match.${criterion}`)).join(separator) })}</span>
            </p>
            <p>
              <Link href={`/graduate/fairs/${encodeURIComponent(job.fairId)}`}>
                {t('recommendations.toFair')}<span class="visually-hidden"> {job.companyName} {job.title}</span>
              </Link>
            </p>
          </li>
        ))}
      </ul>
    </Page>
  );
}
