import { api } from '../../api/api';
import { homeOf } from '../../app/navigation';
import { Link, navigate } from '../../app/router';
import { useSession } from '../../app/session';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Button, TextField } from '../../components/fields';
import { requireFields, useForm } from '../../components/form';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/context';

export function SignIn({ expired }: { expired: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { refresh } = useSession();
  const form = useForm({ email: '', password: '' });
  const fields = [
    { name: 'email', id: 'signin-email', label: t('auth.email') },
    { name: 'password', id: 'signin-password', label: t('auth.password') },
  ];

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    await form.submit(i18n, async values => {
      await api.login({ email: values.email.trim(), password: values.password });
      const me = await refresh();
      const next = new URLSearchParams(location.search).get('next');
      if (me) {
        navigate(next?.startsWith(`/${me.role}/`) ? next : homeOf(me.role));
      }
    }, values => requireFields(i18n, values, ['email', 'password']), { unauthorized: 'auth.signIn.failed' });
  };

  return (
    <Page title={t('auth.signIn.title')}>
      {expired ? <Notice kind="info"><p>{t('auth.signIn.expired')}</p></Notice> : null}
      <ErrorSummary fields={fields} errors={form.errors} errorLang={form.errorLang} problem={form.problem} attempt={form.attempt} />
      <form class="form" noValidate onSubmit={onSubmit} aria-labelledby="signin-form-title">
        <h2 id="signin-form-title" class="visually-hidden">{t('auth.signIn.title')}</h2>
        <TextField id="signin-email" label={t('auth.email')} type="email" autoComplete="username" required
          value={form.values.email} onValue={v => form.set('email', v)} error={form.errors.email} errorLang={form.errorLang} />
        <TextField id="signin-password" label={t('auth.password')} type="password" autoComplete="current-password" required
          value={form.values.password} onValue={v => form.set('password', v)} error={form.errors.password} errorLang={form.errorLang} />
        <Button type="submit" class="primary" busy={form.busy}>{form.busy ? t('form.sending') : t('auth.signIn.submit')}</Button>
      </form>
      <p>{t('auth.signIn.noAccount')} <Link href="/signup">{t('auth.signIn.toSignUp')}</Link></p>
    </Page>
  );
}
