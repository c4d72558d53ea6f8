import { useEffect, useRef, useState } from 'preact/hooks';
import { announce } from '../../a11y/announcer';
import { api } from '../../api/api';
import { caseStatuses, type CaseListItem, type ServiceShortfall } from '../../api/types';
import { Link } from '../../app/router';
import { casesQuery, defaultCaseFilters, lackingFilters, pageInfo, type CaseFilters } from '../../casework/query';
import { SelectField, TextField } from '../../components/fields';
import { LoadState } from '../../components/LoadState';
import { Page } from '../../components/Page';
import { useLoad } from '../../components/useLoad';
import { useI18n, type I18n } from '../../i18n/context';

/** The case ledger (实名台账): GET /api/cases with filters and paging, longest without contact first. */
export function CasesPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const [draft, setDraft] = useState<CaseFilters>(defaultCaseFilters);
  const [applied, setApplied] = useState<CaseFilters>(defaultCaseFilters);
  const query = casesQuery(applied);
  const cases = useLoad(() => api.cases(query), [query]);
  // After the user filters or pages, the number found is said once the list has arrived.
  const sayCount = useRef(false);
  useEffect(() => {
    if (sayCount.current && cases.data) {
      sayCount.current = false;
      announce(t('cases.loaded', { total: cases.data.total }));
    }
  }, [cases.data]);

  const apply = (next: CaseFilters, say: boolean) => {
    sayCount.current = say;
    if (casesQuery(next) === query) {
      void cases.reload();
    } else {
      setApplied(next);
    }
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    apply({ ...draft, offset: 0 }, true);
  };

  const reset = () => {
    setDraft(defaultCaseFilters);
    apply(defaultCaseFilters, true);
  };

  const set = <K extends keyof CaseFilters>(name: K, value: CaseFilters[K]) => setDraft(current => ({ ...current, [name]: value }));
  const data = cases.data;
  const info = data ? pageInfo(data.total, data.offset, data.limit) : undefined;

  return (
    <Page title={t('cases.title')}>
      <p>{t('cases.intro')}</p>
      <section aria-labelledby="cases-filters">
        <h2 id="cases-filters">{t('cases.filters')}</h2>
        <form class="form form--inline" role="search" aria-labelledby="cases-filters" onSubmit={onSubmit}>
          <SelectField id="cases-status" label={t('cases.status')} placeholder={t('cases.any')}
            options={caseStatuses.map(status => ({ value: status, label: t(`caseStatus.${status}`) }))}
            value={draft.status} onValue={v => set('status', v as CaseFilters['status'])} />
          <SelectField id="cases-priority" label={t('cases.priority')} placeholder={t('cases.any')}
            options={[{ value: 'true', label: t('cases.priorityYes') }, { value: 'false', label: t('cases.priorityNo') }]}
            value={draft.priority} onValue={v => set('priority', v as CaseFilters['priority'])} />
          <SelectField id="cases-lacking" label={t('cases.lacking')} placeholder={t('cases.any')}
            options={lackingFilters.map(kind => ({ value: kind, label: t(`cases.lacking.${kind}`) }))}
            value={draft.lacking} onValue={v => set('lacking', v as CaseFilters['lacking'])} />
          <TextField id="cases-city" label={t('cases.city')} autoComplete="address-level2"
            value={draft.city} onValue={v => set('city', v)} />
          <div class="actions">
            <button type="submit" class="primary">{t('cases.apply')}</button>
            <button type="button" onClick={reset}>{t('cases.reset')}</button>
          </div>
        </form>
      </section>

      <LoadState loading={cases.loading} problem={cases.problem} />
      {data && info ? (
        data.items.length === 0 ? <p>{t('cases.none')}</p> : (
          <>
            <CasesTable items={data.items} caption={t('cases.caption', { first: info.first, last: info.last, total: info.total })} />
            {info.hasPrevious || info.hasNext ? (
              <nav aria-label={t('cases.pages')} class="actions">
                {info.hasPrevious ? <button type="button" onClick={() => apply({ ...applied, offset: info.previousOffset }, true)}>{t('cases.previous')}</button> : null}
                {info.hasNext ? <button type="button" onClick={() => apply({ ...applied, offset: info.nextOffset }, true)}>{t('cases.next')}</button> : null}
              </nav>
            ) : null}
          </>
        )
      ) : null}
    </Page>
  );
}

/** "缺：岗位推荐 2 次、职业培训 1 次" / "Missing: Job recommendation ×2, Training ×1". */
export function lackingText(i18n: I18n, lacking: readonly ServiceShortfall[]): string {
  const separator = i18n.lang === 'en' ? ', ' : '、';
  return lacking.map(item => i18n.t('cases.lackingItem', { kind: i18n.t(`serviceKind.${item.kind}`), missing: item.missing })).join(separator);
}

function CasesTable({ items, caption }: { items: CaseListItem[]; caption: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <div class="table-scroll">
      <table class="table" id="cases-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cases.col.name')}</th>
            <th scope="col">{t('cases.col.university')}</th>
            <th scope="col">{t('cases.col.city')}</th>
            <th scope="col">{t('cases.col.status')}</th>
            <th scope="col">{t('cases.col.priority')}</th>
            <th scope="col">{t('cases.col.services')}</th>
            <th scope="col">{t('cases.col.lastContact')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map(item => (
            <tr key={item.graduateId}>
              <th scope="row"><Link href={`/organiser/cases/${encodeURIComponent(item.graduateId)}`}>{item.fullName}</Link></th>
              <td>{item.university}</td>
              <td>{item.city}</td>
              <td><span class={`status status--case-${item.status}`}>{t(`caseStatus.${item.status}`)}</span></td>
              <td>{item.priority ? t('cases.yes') : t('cases.no')}</td>
              <td>
                {item.services.meets1311
                  ? t('cases.meets1311', { total: item.services.total })
                  : t('cases.lackingList', { list: lackingText(i18n, item.lacking) })}
              </td>
              <td>
                {item.lastContactAt ? <time dateTime={item.lastContactAt}>{i18n.dateTime(item.lastContactAt)}</time> : t('cases.never')}
                {item.followUpDueAt ? <><br />{t('cases.followUpDue', { date: i18n.dateTime(item.followUpDueAt) })}</> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
