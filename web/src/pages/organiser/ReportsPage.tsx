import { useEffect, useState } from 'preact/hooks';
import { announce } from '../../a11y/announcer';
import { api } from '../../api/api';
import type { CityMonthlyReport, FairReport, Share, WaitStatistics } from '../../api/types';
import { monthlyQuery, previousMonth } from '../../casework/query';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Button, SelectField, TextField } from '../../components/fields';
import { problemFor, useForm, type FieldErrors, type FormProblem } from '../../components/form';
import { LoadState } from '../../components/LoadState';
import { Page } from '../../components/Page';
import { ProblemNotice } from '../../components/ProblemNotice';
import { useLoad } from '../../components/useLoad';
import { useI18n, type I18n } from '../../i18n/context';
import { formatMonth, formatPercent } from '../../i18n/format';

/** Reports: a fair's report (GET /api/fairs/{id}/report and .csv) and the monthly supervision report per city. */
export function ReportsPage() {
  const { t } = useI18n();
  return (
    <Page title={t('reports.title')}>
      <FairReportSection />
      <MonthlyReportSection />
    </Page>
  );
}

/** "3 / 4（75%）" or "3 of 4 (75%)"; "0 / 0" when there is nothing to divide. */
export function shareText(i18n: I18n, share: Share): string {
  return share.percent === null
    ? i18n.t('reports.shareEmpty', { part: share.part, whole: share.whole })
    : i18n.t('reports.share', { part: share.part, whole: share.whole, percent: formatPercent(i18n.lang, share.percent) });
}

function FairReportSection() {
  const i18n = useI18n();
  const { t } = i18n;
  const fairs = useLoad(() => api.fairs().then(list => list ?? []));
  const initial = new URLSearchParams(location.search).get('fair') ?? '';
  const [choice, setChoice] = useState(initial);

  // Until the organiser picks one, the first fair listed (derived, so a pick made while the list
  // arrives is never overwritten).
  const chosen = choice || fairs.data?.[0]?.fairId || '';
  const [report, setReport] = useState<FairReport | undefined>();
  const [problem, setProblem] = useState<FormProblem | undefined>();
  const [busy, setBusy] = useState(false);

  const show = async (fairId: string) => {
    if (!fairId) {
      return;
    }

    setBusy(true);
    setProblem(undefined);
    try {
      const next = await api.fairReport(fairId);
      setReport(next);
      if (next) {
        announce(t('reports.fairCaption', { title: next.title }));
      }
    } catch (error) {
      setReport(undefined);
      setProblem(problemFor(i18n, error));
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    if (initial) {
      void show(initial);
    }
  }, []);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    void show(chosen);
  };

  return (
    <section aria-labelledby="reports-fair">
      <h2 id="reports-fair">{t('reports.fair')}</h2>
      <LoadState loading={fairs.loading} problem={fairs.problem} />
      {fairs.data && fairs.data.length === 0 ? <p>{t('reports.fairNone')}</p> : null}
      {fairs.data && fairs.data.length > 0 ? (
        <form class="form form--inline" onSubmit={onSubmit}>
          <SelectField id="reports-fair-id" label={t('reports.fairChoose')}
            options={fairs.data.map(fair => ({ value: fair.fairId, label: fair.title }))}
            value={chosen} onValue={setChoice} />
          <div class="actions">
            <Button type="submit" class="primary" busy={busy}>{busy ? t('app.loading') : t('reports.fairShow')}</Button>
          </div>
        </form>
      ) : null}
      <ProblemNotice problem={problem} />
      {report ? <FairReportView report={report} /> : null}
    </section>
  );
}

function FairReportView({ report }: { report: FairReport }) {
  const i18n = useI18n();
  const { t } = i18n;
  const rows: [string, string | number][] = [
    [t('reports.booths'), report.booths],
    [t('reports.jobs'), report.jobs],
    [t('reports.openings'), report.openings],
    [t('reports.graduatesQueued'), report.graduatesQueued],
    [t('reports.interviews'), report.interviews],
    [t('reports.offers'), report.offers],
    [t('reports.offerRate'), shareText(i18n, report.offerRate)],
  ];
  const waits: [string, WaitStatistics][] = [
    [t('reports.waitAll'), report.wait],
    [t('reports.waitPriority'), report.priorityLaneWait],
    [t('reports.waitOther'), report.otherWait],
  ];
  const wait = (seconds: number | null) => (seconds === null ? t('reports.noData') : i18n.duration(seconds));
  return (
    <div id="fair-report">
      <table class="table">
        <caption>{t('reports.fairCaption', { title: report.title })}</caption>
        <thead><tr><th scope="col">{t('reports.figure')}</th><th scope="col">{t('reports.value')}</th></tr></thead>
        <tbody>
          {rows.map(([label, value]) => <tr key={label}><th scope="row">{label}</th><td>{value}</td></tr>)}
        </tbody>
      </table>
      <table class="table">
        <caption>{t('reports.waitsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.group')}</th>
            <th scope="col">{t('reports.count')}</th>
            <th scope="col">{t('reports.median')}</th>
            <th scope="col">{t('reports.p90')}</th>
          </tr>
        </thead>
        <tbody>
          {waits.map(([label, figures]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{figures.count}</td>
              <td>{wait(figures.medianSeconds)}</td>
              <td>{wait(figures.p90Seconds)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p><strong>{t('reports.summary')}</strong> <span lang="en">{report.summary}</span></p>
      <p>
        <a id="fair-report-csv" href={api.fairReportCsvUrl(report.fairId)} download aria-describedby="fair-report-csv-hint">
          {t('reports.csvFair', { title: report.title })}
        </a>
      </p>
      <p class="hint" id="fair-report-csv-hint">{t('reports.csvHint')}</p>
    </div>
  );
}

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

function MonthlyReportSection() {
  const i18n = useI18n();
  const { t } = i18n;
  const form = useForm({ month: previousMonth(new Date()), city: '' });
  const [shown, setShown] = useState<{ query: string; month: string; rows: CityMonthlyReport[] } | undefined>();
  const fields = [
    { name: 'month', id: 'reports-month', label: t('reports.month') },
    { name: 'city', id: 'reports-city', label: t('reports.city') },
  ];

  const validate = (values: { month: string }): FieldErrors =>
    monthPattern.test(values.month.trim()) ? {} : { month: t('reports.monthInvalid') };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    await form.submit(i18n, async values => {
      const month = values.month.trim();
      const query = monthlyQuery(month, values.city);
      const rows = (await api.monthlyReport(query)) ?? [];
      setShown({ query, month, rows });
      announce(t('reports.monthlyLoaded', { month: formatMonth(i18n.lang, month), count: rows.length }));
    }, validate);
  };

  const e = form.errors;
  return (
    <section aria-labelledby="reports-monthly">
      <h2 id="reports-monthly">{t('reports.monthly')}</h2>
      <ErrorSummary fields={fields} errors={e} errorLang={form.errorLang} problem={form.problem} attempt={form.attempt} />
      <form class="form form--inline" noValidate onSubmit={onSubmit}>
        <TextField id="reports-month" label={t('reports.month')} hint={t('reports.monthHint')} required type="month"
          value={form.values.month} onValue={v => form.set('month', v)} error={e.month} errorLang={form.errorLang} />
        <TextField id="reports-city" label={t('reports.city')} hint={t('reports.cityHint')} autoComplete="address-level2"
          value={form.values.city} onValue={v => form.set('city', v)} error={e.city} errorLang={form.errorLang} />
        <div class="actions">
          <Button type="submit" class="primary" busy={form.busy}>{form.busy ? t('app.loading') : t('reports.monthlyShow')}</Button>
        </div>
      </form>
      {shown ? (
        <div id="monthly-report">
          {shown.rows.length === 0 ? <p>{t('reports.monthlyNone')}</p> : (
            <div class="table-scroll">
              <table class="table">
                <caption>{t('reports.monthlyCaption', { month: formatMonth(i18n.lang, shown.month) })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('reports.col.city')}</th>
                    <th scope="col">{t('reports.col.served')}</th>
                    <th scope="col">{t('reports.col.all1311')}</th>
                    <th scope="col">{t('reports.col.employed')}</th>
                    <th scope="col">{t('reports.col.signedOrEmployed')}</th>
                    <th scope="col">{t('reports.col.priorityHelped')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.rows.map(row => (
                    <tr key={row.city}>
                      <th scope="row">{row.city}</th>
                      <td>{row.graduatesServed}</td>
                      <td>{shareText(i18n, row.all1311Done)}</td>
                      <td>{shareText(i18n, row.employed)}</td>
                      <td>{shareText(i18n, row.signedOrEmployed)}</td>
                      <td>{shareText(i18n, row.priorityHelped)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p>
            <a id="monthly-report-csv" href={api.monthlyReportCsvUrl(shown.query)} download aria-describedby="monthly-report-csv-hint">
              {t('reports.csvMonthly', { month: formatMonth(i18n.lang, shown.month) })}
            </a>
          </p>
          <p class="hint" id="monthly-report-csv-hint">{t('reports.csvHint')}</p>
        </div>
      ) : null}
    </section>
  );
}
