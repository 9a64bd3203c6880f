import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { ChoiceGroup } from '@/ui/choice-group';
import { TextArea, TextField } from '@/ui/fields';
import { SaveStatus } from '@/ui/save-status';
import { useSave } from '@/ui/use-save';
import { usePlanActions } from '../hooks/use-plan-items';
import {
  checkDraft,
  fieldsOf,
  PLAN_KINDS,
  PLAN_STATUSES,
  type PlanDraft,
  type PlanProblems,
} from '../model';

/** The activity form: what, when, kind, status, who; case references for a training meeting. */
export function PlanForm({ id, initial }: { id?: string; initial: PlanDraft }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const actions = usePlanActions();
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<PlanProblems>({});
  const [confirming, setConfirming] = useState(false);
  const save = useSave({ saved: t('plan.form.saved'), error: (code) => t(`errors.${code}`) });

  const set =
    <K extends keyof PlanDraft>(name: K) =>
    (value: PlanDraft[K]) =>
      setDraft((current) => ({ ...current, [name]: value }));
  const problem = (name: keyof PlanProblems) => {
    const code = problems[name];
    return code && t(`plan.errors.${code}`);
  };

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    const found = checkDraft(draft);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    if (await save.run(() => actions.save(fieldsOf(draft), id))) void navigate('/aktivitetsplan');
  }

  async function remove() {
    if (id && (await save.run(() => actions.remove(id)))) void navigate('/aktivitetsplan');
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <p>
        <Link to="/aktivitetsplan">{t('plan.form.back')}</Link>
      </p>
      <TextField
        label={t('plan.form.title')}
        value={draft.title}
        maxLength={200}
        required
        error={problem('title')}
        onChange={(event) => set('title')(event.target.value)}
      />
      <TextField
        label={t('plan.form.date')}
        type="date"
        value={draft.date}
        required
        error={problem('date')}
        onChange={(event) => set('date')(event.target.value)}
      />
      <TextField
        label={t('plan.form.startTime')}
        type="time"
        value={draft.startTime}
        hint={t('plan.form.timesHint')}
        onChange={(event) => set('startTime')(event.target.value)}
      />
      <TextField
        label={t('plan.form.endTime')}
        type="time"
        value={draft.endTime}
        error={problem('endTime')}
        onChange={(event) => set('endTime')(event.target.value)}
      />
      <ChoiceGroup
        legend={t('plan.form.kind')}
        name="plan-kind"
        chips
        choices={PLAN_KINDS.map((kind) => ({
          value: kind,
          label: t(`plan.activities.kinds.${kind}`),
        }))}
        value={draft.kind}
        onChange={set('kind')}
      />
      <ChoiceGroup
        legend={t('plan.form.status')}
        name="plan-status"
        chips
        choices={PLAN_STATUSES.map((status) => ({
          value: status,
          label: t(`plan.activities.statuses.${status}`),
        }))}
        value={draft.status}
        onChange={set('status')}
      />
      <TextField
        label={t('plan.form.responsible')}
        value={draft.responsible}
        maxLength={120}
        autoComplete="off"
        error={problem('responsible')}
        onChange={(event) => set('responsible')(event.target.value)}
      />
      <TextArea
        label={t('plan.form.participants')}
        hint={t('plan.form.participantsHint')}
        value={draft.participants}
        maxLength={500}
        rows={2}
        error={problem('participants')}
        onChange={(event) => set('participants')(event.target.value)}
      />
      {draft.kind === 'training' && (
        <TextArea
          label={t('plan.form.caseRefs')}
          hint={t('plan.form.caseRefsHint')}
          value={draft.caseRefs}
          rows={3}
          error={problem('caseRefs')}
          onChange={(event) => set('caseRefs')(event.target.value)}
        />
      )}
      <div className="form-actions">
        <Button type="submit" disabled={save.state.kind === 'saving'}>
          {t('plan.form.save')}
        </Button>
      </div>
      <SaveStatus state={save.state} />
      {id && (
        <div className="form-actions">
          {confirming ? (
            <Alert
              tone="warning"
              actions={
                <>
                  <Button onClick={() => void remove()}>{t('plan.form.confirmYes')}</Button>
                  <Button variant="secondary" onClick={() => setConfirming(false)}>
                    {t('plan.form.cancel')}
                  </Button>
                </>
              }
            >
              {t('plan.form.confirmRemove')}
            </Alert>
          ) : (
            <Button variant="tertiary" onClick={() => setConfirming(true)}>
              {t('plan.form.remove')}
            </Button>
          )}
        </div>
      )}
    </form>
  );
}
