import { api } from '../../api/api';
import type { Fair } from '../../api/types';
import { Link } from '../../app/router';
import { LoadState } from '../../components/LoadState';
import { Page } from '../../components/Page';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n/context';
import { RegistrationControl } from './RegistrationControl';

const statusOrder = { open: 0, scheduled: 1, closed: 2 } as const;

export function FairList() {
  const i18n = useI18n();
  const { t } = i18n;
  const fairs = useLoad(() => api.fairs());
  const sorted = [...(fairs.data ?? [])].sort((a, b) =>
    statusOrder[a.status] - statusOrder[b.status] || a.opensAt.localeCompare(b.opensAt));

  return (
    <Page title={t('fairs.title')}>
      <p>{t('fairs.intro')}</p>
      <LoadState loading={fairs.loading} problem={fairs.problem} />
      {fairs.data && sorted.length === 0 ? <p>{t('fairs.none')}</p> : null}
      <ul class="cards">
        {sorted.map(fair => <FairCard key={fair.fairId} fair={fair} />)}
      </ul>
    </Page>
  );
}

export function FairCard({ fair }: { fair: Fair }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <li class="card">
      <h2><Link href={`/graduate/fairs/${encodeURIComponent(fair.fairId)}`}>{fair.title}</Link></h2>
      <dl class="facts">
        <div><dt>{t('fair.status')}</dt><dd><span class={`status status--${fair.status}`}>{t(`fairStatus.${fair.status}`)}</span></dd></div>
        <div><dt>{t('fair.theme')}</dt><dd>{t(`theme.${fair.theme}`)}</dd></div>
        <div><dt>{t('fair.opensAt')}</dt><dd><time dateTime={fair.opensAt}>{i18n.dateTime(fair.opensAt)}</time> ({i18n.relative(fair.opensAt)})</dd></div>
        <div><dt>{t('fair.closesAt')}</dt><dd><time dateTime={fair.closesAt}>{i18n.dateTime(fair.closesAt)}</time></dd></div>
        <div><dt>{t('fair.booths')}</dt><dd>{fair.booths.length}</dd></div>
      </dl>
      {fair.status === 'scheduled' ? <RegistrationControl fair={fair} /> : null}
    </li>
  );
}
