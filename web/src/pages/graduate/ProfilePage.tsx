import { useEffect, useState } from 'preact/hooks';
import { announce } from '../../a11y/announcer';
import { api } from '../../api/api';
import { accommodations, degrees, disciplines, type Accommodation, type Degree, type Discipline } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Button, CheckboxGroup, SelectField, TextField } from '../../components/fields';
import { problemFor, requireFields, useForm, type FieldErrors, type FormProblem } from '../../components/form';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/context';

interface ProfileForm extends Record<string, unknown> {
  fullName: string;
  university: string;
  discipline: string;
  degree: string;
  graduationYear: string;
  city: string;
  accommodations: string[];
}

const empty: ProfileForm = { fullName: '', university: '', discipline: '', degree: '', graduationYear: '', city: '', accommodations: [] };

export function ProfilePage() {
  const i18n = useI18n();
  const { t } = i18n;
  const form = useForm<ProfileForm>(empty);
  const [loaded, setLoaded] = useState<'loading' | 'new' | 'saved' | FormProblem>('loading');
  const [savedAt, setSavedAt] = useState<Date | undefined>();

  useEffect(() => {
    api.getProfile()
      .then(profile => {
        if (profile) {
          form.setValues({ ...profile, graduationYear: String(profile.graduationYear), accommodations: [...(profile.accommodations ?? [])] });
        }

        setLoaded(profile ? 'saved' : 'new');
      })
      .catch((error: unknown) => setLoaded(problemFor(i18n, error)));
  }, []);

  const fields = [
    { name: 'fullName', id: 'profile-fullName', label: t('profile.fullName') },
    { name: 'university', id: 'profile-university', label: t('profile.university') },
    { name: 'discipline', id: 'profile-discipline', label: t('profile.discipline') },
    { name: 'degree', id: 'profile-degree', label: t('profile.degree') },
    { name: 'graduationYear', id: 'profile-graduationYear', label: t('profile.graduationYear') },
    { name: 'city', id: 'profile-city', label: t('profile.city') },
    { name: 'accommodations', id: 'profile-accommodations', label: t('profile.accommodations') },
  ];

  const validate = (values: ProfileForm): FieldErrors => {
    const errors = requireFields(i18n, values, ['fullName', 'university', 'discipline', 'degree', 'graduationYear', 'city']);
    if (!errors.graduationYear && !/^\d{4}$/.test(values.graduationYear.trim())) {
      errors.graduationYear = t('profile.yearFormat');
    }

    return errors;
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setSavedAt(undefined);
    const sent = await form.submit(i18n, async values => {
      await api.putProfile({
        fullName: values.fullName.trim(),
        university: values.university.trim(),
        discipline: values.discipline as Discipline,
        degree: values.degree as Degree,
        graduationYear: Number(values.graduationYear.trim()),
        city: values.city.trim(),
        accommodations: values.accommodations as Accommodation[],
      });
    }, validate);
    if (sent) {
      setLoaded('saved');
      setSavedAt(new Date());
      announce(t('profile.saved'));
    }
  };

  if (loaded === 'loading') {
    return <Page title={t('profile.title')}><p role="status">{t('app.loading')}</p></Page>;
  }

  const e = form.errors;
  return (
    <Page title={t('profile.title')}>
      <p>{t('profile.intro')}</p>
      {typeof loaded === 'object' ? <Notice kind="warning"><p>{loaded.message}</p></Notice> : null}
      {loaded === 'new' ? <Notice kind="info"><p>{t('profile.notYetSaved')}</p></Notice> : null}
      {savedAt ? <Notice kind="success"><p>{t('profile.saved')}</p></Notice> : null}
      <ErrorSummary fields={fields} errors={e} errorLang={form.errorLang} problem={form.problem} attempt={form.attempt} />
      <form class="form" noValidate onSubmit={onSubmit}>
        <TextField id="profile-fullName" label={t('profile.fullName')} autoComplete="name" required
          value={form.values.fullName} onValue={v => form.set('fullName', v)} error={e.fullName} errorLang={form.errorLang} />
        <TextField id="profile-university" label={t('profile.university')} autoComplete="organization" required
          value={form.values.university} onValue={v => form.set('university', v)} error={e.university} errorLang={form.errorLang} />
        <SelectField id="profile-discipline" label={t('profile.discipline')} hint={t('profile.disciplineHint')} required
          placeholder={t('form.choose')}
          options={disciplines.map(d => ({ value: d, label: t(`discipline.${d}`) }))}
          value={form.values.discipline} onValue={v => form.set('discipline', v)} error={e.discipline} errorLang={form.errorLang} />
        <SelectField id="profile-degree" label={t('profile.degree')} required placeholder={t('form.choose')}
          options={degrees.map(d => ({ value: d, label: t(`degree.${d}`) }))}
          value={form.values.degree} onValue={v => form.set('degree', v)} error={e.degree} errorLang={form.errorLang} />
        <TextField id="profile-graduationYear" label={t('profile.graduationYear')} hint={t('profile.graduationYearHint')} required
          inputMode="numeric" autoComplete="off" maxLength={4}
          value={form.values.graduationYear} onValue={v => form.set('graduationYear', v)} error={e.graduationYear} errorLang={form.errorLang} />
        <TextField id="profile-city" label={t('profile.city')} autoComplete="address-level2" required
          value={form.values.city} onValue={v => form.set('city', v)} error={e.city} errorLang={form.errorLang} />
        <CheckboxGroup id="profile-accommodations" label={t('profile.accommodations')} hint={t('profile.accommodationsHint')}
          options={accommodations.map(a => ({ value: a, label: t(`accommodation.${a}`) }))}
          values={form.values.accommodations} onValues={v => form.set('accommodations', v)} error={e.accommodations} errorLang={form.errorLang} />
        <Button type="submit" class="primary" busy={form.busy}>{form.busy ? t('form.sending') : t('profile.save')}</Button>
      </form>
    </Page>
  );
}
