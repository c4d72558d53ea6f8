import { useState } from 'preact/hooks';
import { announce } from '../../a11y/announcer';
import { api } from '../../api/api';
import { degrees, disciplines, type Company, type Discipline, type Degree } from '../../api/types';
import { Link } from '../../app/router';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Button, SelectField, TextArea, TextField } from '../../components/fields';
import { requireFields, useForm, type FieldErrors } from '../../components/form';
import { LoadState } from '../../components/LoadState';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { useLoad } from '../../components/useLoad';
import { useI18n } from '../../i18n/context';

interface OwnBooth {
  boothId: string;
  fairId: string;
  title: string;
  companyName: string;
}

async function loadOwn(): Promise<{ companies: Company[]; booths: OwnBooth[] }> {
  const companies = (await api.companies()) ?? [];
  const verified = companies.filter(company => company.status === 'verified');
  const details = await Promise.all(verified.map(company => api.company(company.companyId)));
  const booths = details.flatMap(detail => (detail?.booths ?? []).map(booth => ({ ...booth, companyName: detail!.name })));
  return { companies, booths };
}

export function BoothsPage() {
  const { t } = useI18n();
  const own = useLoad(loadOwn);
  const verified = own.data?.companies.filter(company => company.status === 'verified') ?? [];

  return (
    <Page title={t('booths.title')}>
      <LoadState loading={own.loading} problem={own.problem} />
      {own.data && verified.length === 0 ? (
        <Notice kind="info">
          <p>{t('booths.needVerified')} <Link href="/employer/company">{t('nav.employer.company')}</Link></p>
        </Notice>
      ) : null}
      {verified.length > 0 ? <NewBooth companies={verified} onCreated={() => void own.reload()} /> : null}
      {own.data && own.data.booths.length > 0 ? (
        <section aria-labelledby="booths-mine">
          <h2 id="booths-mine">{t('booths.mine')}</h2>
          {own.data.booths.map(booth => <BoothJobs key={booth.boothId} booth={booth} />)}
        </section>
      ) : null}
    </Page>
  );
}

function NewBooth({ companies, onCreated }: { companies: Company[]; onCreated: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const fairs = useLoad(() => api.fairs().then(list => (list ?? []).filter(fair => fair.status !== 'closed')));
  const form = useForm({ companyId: companies.length === 1 ? companies[0]!.companyId : '', fairId: '', title: '', description: '' });
  const fields = [
    { name: 'companyId', id: 'booth-companyId', label: t('booths.company') },
    { name: 'fairId', id: 'booth-fairId', label: t('booths.fair') },
    { name: 'title', id: 'booth-title', label: t('booths.boothTitle') },
    { name: 'description', id: 'booth-description', label: t('booths.description') },
  ];

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const sent = await form.submit(i18n, async values => {
      await api.createBooth(values.fairId, {
        companyId: values.companyId,
        title: values.title.trim(),
        ...(values.description.trim() ? { description: values.description.trim() } : {}),
      });
    }, (values): FieldErrors => requireFields(i18n, values, ['companyId', 'fairId', 'title']), { conflict: 'booths.conflict' });
    if (sent) {
      announce(t('booths.created'));
      form.setValues(current => ({ ...current, title: '', description: '' }));
      onCreated();
    }
  };

  const e = form.errors;
  return (
    <section aria-labelledby="booth-new">
      <h2 id="booth-new">{t('booths.newTitle')}</h2>
      <LoadState loading={fairs.loading} problem={fairs.problem} />
      {fairs.data && fairs.data.length === 0 ? <p>{t('booths.noFairs')}</p> : null}
      <ErrorSummary fields={fields} errors={e} errorLang={form.errorLang} problem={form.problem} attempt={form.attempt} />
      <form class="form" noValidate onSubmit={onSubmit}>
        <SelectField id="booth-companyId" label={t('booths.company')} required placeholder={t('form.choose')}
          options={companies.map(company => ({ value: company.companyId, label: company.name }))}
          value={form.values.companyId} onValue={v => form.set('companyId', v)} error={e.companyId} errorLang={form.errorLang} />
        <SelectField id="booth-fairId" label={t('booths.fair')} required placeholder={t('form.choose')}
          options={(fairs.data ?? []).map(fair => ({ value: fair.fairId, label: `${fair.title} (${t(`fairStatus.${fair.status}`)})` }))}
          value={form.values.fairId} onValue={v => form.set('fairId', v)} error={e.fairId} errorLang={form.errorLang} />
        <TextField id="booth-title" label={t('booths.boothTitle')} required
          value={form.values.title} onValue={v => form.set('title', v)} error={e.title} errorLang={form.errorLang} />
        <TextArea id="booth-description" label={t('booths.description')}
          value={form.values.description} onValue={v => form.set('description', v)} error={e.description} errorLang={form.errorLang} />
        <Button type="submit" class="primary" busy={form.busy}>{form.busy ? t('form.sending') : t('booths.create')}</Button>
      </form>
    </section>
  );
}

const emptyJob = { title: '', discipline: '', degree: '', city: '', openings: '1', salaryMin: '', salaryMax: '', description: '' };

function BoothJobs({ booth }: { booth: OwnBooth }) {
  const i18n = useI18n();
  const { t } = i18n;
  const detail = useLoad(() => api.booth(booth.boothId), [booth.boothId]);
  const form = useForm(emptyJob);
  const [added, setAdded] = useState(false);
  const prefix = `job-${booth.boothId}`;
  const fields = ['title', 'discipline', 'degree', 'city', 'openings', 'salaryMin', 'salaryMax', 'description']
    .map(name => ({ name, id: `${prefix}-${name}`, label: t(`job.${name}` as 'job.title') }));

  const validate = (values: typeof emptyJob): FieldErrors => {
    const errors = requireFields(i18n, values, ['title', 'discipline', 'degree', 'city', 'openings']);
    for (const name of ['openings', 'salaryMin', 'salaryMax'] as const) {
      if (!errors[name] && values[name].trim() !== '' && !/^\d+$/.test(values[name].trim())) {
        errors[name] = t('form.wholeNumber');
      }
    }

    return errors;
  };

  const number = (value: string) => (value.trim() === '' ? null : Number(value.trim()));
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setAdded(false);
    const sent = await form.submit(i18n, async values => {
      await api.createJob(booth.boothId, {
        title: values.title.trim(),
        discipline: values.discipline as Discipline,
        degree: values.degree as Degree,
        city: values.city.trim(),
        openings: Number(values.openings.trim()),
        salaryMin: number(values.salaryMin),
        salaryMax: number(values.salaryMax),
        description: values.description.trim() || null,
      });
    }, validate);
    if (sent) {
      setAdded(true);
      announce(t('job.added'));
      form.setValues(emptyJob);
      await detail.reload();
    }
  };

  const e = form.errors;
  const id = (name: string) => `${prefix}-${name}`;
  return (
    <article class="card" aria-labelledby={id('heading')}>
      <h3 id={id('heading')}>{booth.companyName} · {booth.title}</h3>
      <p>
        <Link href={`/employer/booths/${encodeURIComponent(booth.boothId)}`} class="button-link">
          {t('booths.openConsole')}<span class="visually-hidden"> {booth.title}</span>
        </Link>{' '}
        <Link href={`/employer/booths/${encodeURIComponent(booth.boothId)}/live`} class="button-link">
          {t('live.schedule.link')}<span class="visually-hidden"> {booth.title}</span>
        </Link>
      </p>
      <LoadState loading={detail.loading} problem={detail.problem} />
      {detail.data ? (
        <p>
          {detail.data.waiting === 0
            ? t('booth.nobodyWaiting')
            : t('booth.summary', { count: detail.data.waiting, eta: i18n.duration(detail.data.etaSeconds) })}
        </p>
      ) : null}
      <h4>{t('booths.jobs')}</h4>
      {detail.data && detail.data.jobs.length === 0 ? <p>{t('booth.noJobs')}</p> : null}
      <ul>
        {detail.data?.jobs.map(job => (
          <li key={job.jobId}>
            <strong>{job.title}</strong> — {t(`discipline.${job.discipline}`)}, {t(`degree.${job.degree}`)}, {job.city}, {t('job.openingsValue', { count: job.openings })}
          </li>
        ))}
      </ul>
      <h4>{t('job.newTitle')}</h4>
      {added ? <Notice kind="success"><p>{t('job.added')}</p></Notice> : null}
      <ErrorSummary fields={fields} errors={e} errorLang={form.errorLang} problem={form.problem} attempt={form.attempt} />
      <form class="form" noValidate onSubmit={onSubmit}>
        <TextField id={id('title')} label={t('job.title')} required
          value={form.values.title} onValue={v => form.set('title', v)} error={e.title} errorLang={form.errorLang} />
        <SelectField id={id('discipline')} label={t('job.discipline')} required placeholder={t('form.choose')}
          options={disciplines.map(d => ({ value: d, label: t(`discipline.${d}`) }))}
          value={form.values.discipline} onValue={v => form.set('discipline', v)} error={e.discipline} errorLang={form.errorLang} />
        <SelectField id={id('degree')} label={t('job.degree')} required placeholder={t('form.choose')}
          options={degrees.map(d => ({ value: d, label: t(`degree.${d}`) }))}
          value={form.values.degree} onValue={v => form.set('degree', v)} error={e.degree} errorLang={form.errorLang} />
        <TextField id={id('city')} label={t('job.city')} required
          value={form.values.city} onValue={v => form.set('city', v)} error={e.city} errorLang={form.errorLang} />
        <TextField id={id('openings')} label={t('job.openings')} required inputMode="numeric"
          value={form.values.openings} onValue={v => form.set('openings', v)} error={e.openings} errorLang={form.errorLang} />
        <TextField id={id('salaryMin')} label={t('job.salaryMin')} hint={t('job.salaryHint')} inputMode="numeric"
          value={form.values.salaryMin} onValue={v => form.set('salaryMin', v)} error={e.salaryMin} errorLang={form.errorLang} />
        <TextField id={id('salaryMax')} label={t('job.salaryMax')} hint={t('job.salaryHint')} inputMode="numeric"
          value={form.values.salaryMax} onValue={v => form.set('salaryMax', v)} error={e.salaryMax} errorLang={form.errorLang} />
        <TextArea id={id('description')} label={t('job.description')}
          value={form.values.description} onValue={v => form.set('description', v)} error={e.description} errorLang={form.errorLang} />
        <Button type="submit" class="primary" busy={form.busy}>{form.busy ? t('form.sending') : t('job.add')}</Button>
      </form>
    </article>
  );
}
