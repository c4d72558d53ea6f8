import { announce } from '../../a11y/announcer';
import { api } from '../../api/api';
import type { Company } from '../../api/types';
import { Link } from '../../app/router';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Button, TextField } from '../../components/fields';
import { requireFields, useForm, type FieldErrors } from '../../components/form';
import { LoadState } from '../../components/LoadState';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n/context';
import { CompanyLogo } from './CompanyLogo';

const creditCodePattern = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export function CompanyPage() {
  const { t } = useI18n();
  const companies = useLoad(() => api.companies().then(list => list ?? []));

  return (
    <Page title={t('company.title')}>
      <LoadState loading={companies.loading} problem={companies.problem} />
      {companies.data?.map(company => <CompanyStatusCard key={company.companyId} company={company} />)}
      {companies.data && companies.data.length === 0 ? <RegisterCompany onRegistered={() => void companies.reload()} /> : null}
    </Page>
  );
}

function CompanyStatusCard({ company }: { company: Company }) {
  const { t } = useI18n();
  const verified = company.status === 'verified';
  return (
    <section class="card" aria-labelledby={`company-${company.companyId}`}>
      <h2 id={`company-${company.companyId}`}>{company.name}</h2>
      <dl class="facts">
        <div><dt>{t('company.status')}</dt><dd><span class={`status status--${company.status}`}>{t(verified ? 'companyStatus.verified' : 'companyStatus.pending')}</span></dd></div>
        <div><dt>{t('company.creditCode')}</dt><dd>{company.creditCode}</dd></div>
        <div><dt>{t('company.industry')}</dt><dd>{company.industry}</dd></div>
        <div><dt>{t('company.city')}</dt><dd>{company.city}</dd></div>
      </dl>
      {verified ? (
        <Notice kind="success"><p>{t('company.verifiedExplain')} <Link href="/employer/booths">{t('company.toBooths')}</Link></p></Notice>
      ) : (
        <Notice kind="info"><p>{t('company.pendingExplain')}</p></Notice>
      )}
      <CompanyLogo company={company} />
    </section>
  );
}

function RegisterCompany({ onRegistered }: { onRegistered: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const form = useForm({ name: '', creditCode: '', industry: '', city: '' });
  const fields = [
    { name: 'name', id: 'company-name', label: t('company.name') },
    { name: 'creditCode', id: 'company-creditCode', label: t('company.creditCode') },
    { name: 'industry', id: 'company-industry', label: t('company.industry') },
    { name: 'city', id: 'company-city', label: t('company.city') },
  ];

  const validate = (values: typeof form.values): FieldErrors => {
    const errors = requireFields(i18n, values, ['name', 'creditCode', 'industry', 'city']);
    if (!errors.creditCode && !creditCodePattern.test(values.creditCode.trim().toUpperCase())) {
      errors.creditCode = t('company.creditCodeFormat');
    }

    return errors;
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const sent = await form.submit(i18n, async values => {
      await api.registerCompany({
        name: values.name.trim(),
        creditCode: values.creditCode.trim().toUpperCase(),
        industry: values.industry.trim(),
        city: values.city.trim(),
      });
    }, validate);
    if (sent) {
      announce(t('company.registered'));
      onRegistered();
    }
  };

  const e = form.errors;
  return (
    <section aria-labelledby="company-register">
      <h2 id="company-register">{t('company.registerTitle')}</h2>
      <p>{t('company.registerIntro')}</p>
      <ErrorSummary fields={fields} errors={e} errorLang={form.errorLang} problem={form.problem} attempt={form.attempt} />
      <form class="form" noValidate onSubmit={onSubmit}>
        <TextField id="company-name" label={t('company.name')} autoComplete="organization" required
          value={form.values.name} onValue={v => form.set('name', v)} error={e.name} errorLang={form.errorLang} />
        <TextField id="company-creditCode" label={t('company.creditCode')} hint={t('company.creditCodeHint')} required
          autoComplete="off" maxLength={18} spellcheck={false}
          value={form.values.creditCode} onValue={v => form.set('creditCode', v)} error={e.creditCode} errorLang={form.errorLang} />
        <TextField id="company-industry" label={t('company.industry')} required
          value={form.values.industry} onValue={v => form.set('industry', v)} error={e.industry} errorLang={form.errorLang} />
        <TextField id="company-city" label={t('company.city')} autoComplete="address-level2" required
          value={form.values.city} onValue={v => form.set('city', v)} error={e.city} errorLang={form.errorLang} />
        <Button type="submit" class="primary" busy={form.busy}>{form.busy ? t('form.sending') : t('company.register')}</Button>
      </form>
    </section>
  );
}
