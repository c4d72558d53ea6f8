import { useState } from 'preact/hooks';
import { announce } from '../../a11y/announcer';
import { api } from '../../api/api';
import { outcomes, type Outcome, type Room } from '../../api/types';
import { navigate } from '../../app/router';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Button, RadioGroup, TextArea } from '../../components/fields';
import { problemFor, useForm, type FieldErrors, type FormProblem } from '../../components/form';
import { Notice } from '../../components/Notice';
import { ProblemNotice } from '../../components/ProblemNotice';
import { useI18n } from '../../i18n/context';

interface Props {
  room: Room;
  running: boolean;
  onEnded: (outcome: Outcome) => void;
}

/** The employer's side of the room: who the candidate is, private notes, and the outcome that ends the interview. */
export function EmployerPanel({ room, running, onEnded }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const graduate = room.graduate;
  const [notes, setNotes] = useState(room.notes ?? '');
  const [savedAt, setSavedAt] = useState<string | undefined>();
  const [notesProblem, setNotesProblem] = useState<FormProblem | undefined>();
  const [saving, setSaving] = useState(false);
  const form = useForm({ outcome: '' });

  const saveNotes = async () => {
    setSaving(true);
    setNotesProblem(undefined);
    try {
      await api.saveNotes(room.roomId, notes);
      const at = new Intl.DateTimeFormat(i18n.lang, { timeStyle: 'short' }).format(new Date());
      setSavedAt(at);
      announce(t('notes.saved', { time: at }));
    } catch (error) {
      setNotesProblem(problemFor(i18n, error));
    } finally {
      setSaving(false);
    }
  };

  const end = async (event: Event) => {
    event.preventDefault();
    const sent = await form.submit(i18n, async values => {
      await api.endRoom(room.roomId, values.outcome as Outcome, notes.trim() || undefined);
    }, (values): FieldErrors => (values.outcome ? {} : { outcome: t('end.chooseOutcome') }), { conflict: 'end.conflict' });
    if (sent) {
      const outcome = form.values.outcome as Outcome;
      onEnded(outcome);
      announce(t('end.done', { name: graduate.displayName, outcome: t(`outcome.${outcome}`) }));
      navigate(`/employer/booths/${encodeURIComponent(room.boothId)}`);
    }
  };

  const facts: [string, string][] = [
    [t('candidate.university'), graduate.university ?? t('candidate.unknown')],
    [t('candidate.discipline'), graduate.discipline ? t(`discipline.${graduate.discipline}`) : t('candidate.unknown')],
    [t('candidate.degree'), graduate.degree ? t(`degree.${graduate.degree}`) : t('candidate.unknown')],
    [t('candidate.graduationYear'), graduate.graduationYear ? String(graduate.graduationYear) : t('candidate.unknown')],
    [t('candidate.accommodations'), graduate.accommodations.length > 0
      ? graduate.accommodations.map(a => t(`accommodation.${a}`)).join(i18n.lang === 'en' ? ', ' : '、')
      : t('candidate.noAccommodations')],
  ];

  return (
    <div class="employer-panel">
      <section aria-labelledby="candidate-title">
        <h2 id="candidate-title">{t('candidate.title', { name: graduate.displayName })}</h2>
        <dl class="facts">
          {facts.map(([term, value]) => <div key={term}><dt>{term}</dt><dd>{value}</dd></div>)}
        </dl>
      </section>

      <section aria-labelledby="notes-title">
        <h2 id="notes-title">{t('notes.title')}</h2>
        <TextArea id="room-notes" label={t('notes.label')} hint={t('notes.hint')} rows={5} maxLength={10_000}
          value={notes} onValue={setNotes} />
        <ProblemNotice problem={notesProblem} />
        <div class="actions">
          <Button type="button" busy={saving} onClick={() => void saveNotes()}>{saving ? t('form.sending') : t('notes.save')}</Button>
          {savedAt ? <p class="saved">{t('notes.saved', { time: savedAt })}</p> : null}
        </div>
      </section>

      {running ? (
        <section aria-labelledby="end-title">
          <h2 id="end-title">{t('end.title')}</h2>
          <ErrorSummary fields={[{ name: 'outcome', id: 'end-outcome', label: t('end.outcome') }]} errors={form.errors}
            errorLang={form.errorLang} problem={form.problem} attempt={form.attempt} />
          <form class="form" noValidate onSubmit={event => void end(event)}>
            <RadioGroup id="end-outcome" label={t('end.outcome')} hint={t('end.hint')} required
              options={outcomes.map(value => ({ value, label: t(`outcome.${value}`) }))}
              value={form.values.outcome} onValue={v => form.set('outcome', v)} error={form.errors.outcome} errorLang={form.errorLang} />
            <Button type="submit" class="danger" busy={form.busy}>{form.busy ? t('form.sending') : t('end.submit')}</Button>
          </form>
        </section>
      ) : (
        <Notice kind="info"><p>{t('end.already')}</p></Notice>
      )}
    </div>
  );
}
