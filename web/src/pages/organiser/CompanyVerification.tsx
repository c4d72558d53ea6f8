import { useState } from 'preact/hooks';
import { announce } from '../../a11y/announcer';
import { api } from '../../api/api';
import type { Company } from '../../api/types';
import { problemFor, type FormProblem } from '../../components/form';
import { SelectField } from '../../components/fields';
import { LoadState } from '../../components/LoadState';
import { Page } from '../../components/Page';
import { ProblemNotice } from '../../components/ProblemNotice';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n/context';

export function CompanyVerification() {
  const i18n = useI18n();
  const { t } = i18n;
  const [filter, setFilter] = useState<'pending' | 'all'>('pending');
  const companies = useLoad(() => api.companies(filter === 'pending' ? 'pending' : undefined).then(list => list ?? []), [filter]);
  const [problem, setProblem] = useState<FormProblem | undefined>();

  const verify = async (company: Company) => {
    setProblem(undefined);
    try {
      await api.verifyCompany(company.companyId);
      announce(t('verify.done', { name: company.name }));
      await companies.reload();
    } catch (error) {
      setProblem(problemFor(i18n, error));
    }
  };

  return (
    <Page title={t('verify.title')}>
      <p>{t('verify.intro')}</p>
      <SelectField id="verify-filter" label={t('verify.filter')}
        options={[{ value: 'pending', label: t('verify.filterPending') }, { value: 'all', label: t('verify.filterAll') }]}
        value={filter} onValue={v => setFilter(v === 'all' ? 'all' : 'pending')} />
      <LoadState loading={companies.loading} problem={companies.problem} />
      <ProblemNotice problem={problem} />
      {companies.data && companies.data.length === 0 ? <p>{t(filter === 'pending' ? 'verify.nonePending' : 'verify.none')}</p> : null}
      {companies.data && companies.data.length > 0 ? (
        <table class="table">
          <caption>{t(filter === 'pending' ? 'verify.captionPending' : 'verify.captionAll', { count: companies.data.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('company.name')}</th>
              <th scope="col">{t('company.creditCode')}</th>
              <th scope="col">{t('company.industry')}</th>
              <th scope="col">{t('company.city')}</th>
              <th scope="col">{t('company.status')}</th>
              <th scope="col"><span class="visually-hidden">{t('queue.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {companies.data.map(company => (
              <tr key={company.companyId}>
                <th scope="row">{company.name}</th>
                <td>{company.creditCode}</td>
                <td>{company.industry}</td>
                <td>{company.city}</td>
                <td>{t(company.status === 'verified' ? 'companyStatus.verified' : 'companyStatus.pending')}</td>
                <td>
                  {company.status === 'verified' ? null : (
                    <button type="button" class="primary" onClick={() => void verify(company)}>
                      {t('verify.verify')}<span class="visually-hidden"> {company.name}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </Page>
  );
}
