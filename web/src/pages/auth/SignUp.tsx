import { api } from '../../api/api';
import { homeOf } from '../../app/navigation';
import { Link, navigate } from '../../app/router';
import { useSession } from '../../app/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Button, RadioGroup, TextField } from '../../components/fields';
import { requireFields, useForm, type FieldErrors } from '../../components/form';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/context';

const passwordMinLength = 8;

export function SignUp() {
  const i18n = useI18n();
  const { t } = i18n;
  const { refresh } = useSession();
  const form = useForm({ displayName: '', email: '', password: '', role: '' as '' | 'graduate' | 'employer' });
  const fields = [
    { name: 'role', id: 'signup-role', label: t('auth.signUp.role') },
    { name: 'displayName', id: 'signup-displayName', label: t('auth.displayName') },
    { name: 'email', id: 'signup-email', label: t('auth.email') },
    { name: 'password', id: 'signup-password', label: t('auth.password') },
  ];

  const validate = (values: typeof form.values): FieldErrors => {
    const errors = requireFields(i18n, values, ['role', 'displayName', 'email', 'password']);
    if (!errors.password && values.password.length < passwordMinLength) {
      errors.password = t('auth.passwordTooShort', { min: passwordMinLength });
    }

    return errors;
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    await form.submit(i18n, async values => {
      const role = values.role === 'employer' ? 'employer' : 'graduate';
      const email = values.email.trim();
      await api.register({ email, password: values.password, displayName: values.displayName.trim(), role });
      await api.login({ email, password: values.password });
      const me = await refresh();
      if (me) {
        navigate(me.role === 'graduate' ? '/graduate/profile' : homeOf(me.role));
      }
    }, validate, { conflict: 'auth.signUp.emailTaken' });
  };

  return (
    <Page title={t('auth.signUp.title')}>
      <p>{t('auth.signUp.intro')}</p>
      <ErrorSummary fields={fields} errors={form.errors} errorLang={form.errorLang} problem={form.problem} attempt={form.attempt} />
      <form class="form" noValidate onSubmit={onSubmit}>
        <RadioGroup id="signup-role" label={t('auth.signUp.role')} required
          options={[
            { value: 'graduate', label: t('role.graduate') },
            { value: 'employer', label: t('role.employer') },
          ]}
          value={form.values.role} onValue={v => form.set('role', v as 'graduate' | 'employer')}
          error={form.errors.role} errorLang={form.errorLang} />
        <TextField id="signup-displayName" label={t('auth.displayName')} hint={t('auth.displayNameHint')} autoComplete="name" required
          value={form.values.displayName} onValue={v => form.set('displayName', v)} error={form.errors.displayName} errorLang={form.errorLang} />
        <TextField id="signup-email" label={t('auth.email')} type="email" autoComplete="email" required
          value={form.values.email} onValue={v => form.set('email', v)} error={form.errors.email} errorLang={form.errorLang} />
        <TextField id="signup-password" label={t('auth.password')} type="password" autoComplete="new-password" required
          hint={t('auth.passwordHint', { min: passwordMinLength })}
          value={form.values.password} onValue={v => form.set('password', v)} error={form.errors.password} errorLang={form.errorLang} />
        <Button type="submit" class="primary" busy={form.busy}>{form.busy ? t('form.sending') : t('auth.signUp.submit')}</Button>
      </form>
      <p>{t('auth.signUp.haveAccount')} <Link href="/signin">{t('auth.signUp.toSignIn')}</Link></p>
    </Page>
  );
}
