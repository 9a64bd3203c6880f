import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PLAN_TEMPLATE_KEYS, PLAN_TEMPLATES, type PlanTemplateKey } from '@/content/plan-templates';
import { looksLikeCpr } from '@/protocol/cpr';
import { Button } from '@/ui/button';
import { ChoiceGroup, type Choice } from '@/ui/choice-group';
import { TextField } from '@/ui/fields';
import { SaveStatus } from '@/ui/save-status';
import { useSave } from '@/ui/use-save';
import { useChecklistActions } from '../hooks/use-checklists';
import { TITLE_MAX } from '../model';

type Start = PlanTemplateKey | 'custom';

/** Creates a checklist from a template (its items copied for the team) or an empty custom one. */
export function NewChecklistForm({ teamId }: { teamId: string | undefined }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const actions = useChecklistActions();
  const language = i18n.language === 'en' ? 'en' : 'da';
  const [start, setStart] = useState<Start>('preparation');
  const [title, setTitle] = useState(PLAN_TEMPLATES[language].preparation.title);
  const [problem, setProblem] = useState<string>();
  const save = useSave({
    saved: t('plan.checklists.created'),
    error: (code) => t(`errors.${code}`),
  });

  const choices: Choice<Start>[] = [...PLAN_TEMPLATE_KEYS, 'custom' as const].map((key) => ({
    value: key,
    label: t(`plan.checklists.templates.${key}`),
    hint: t(`plan.checklists.templates.${key}Hint`),
  }));

  function choose(next: Start) {
    setStart(next);
    setTitle(next === 'custom' ? '' : PLAN_TEMPLATES[language][next].title);
  }

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    if (!title.trim() || looksLikeCpr(title)) {
      setProblem(t(title.trim() ? 'privacy.cprFound' : 'plan.checklists.titleRequired'));
      return;
    }
    setProblem(undefined);
    let createdId = '';
    const ok = await save.run(async () => {
      const created = await actions.create({
        title: title.trim(),
        template: start === 'custom' ? '' : start,
        teamId,
        items: start === 'custom' ? [] : PLAN_TEMPLATES[language][start].items,
      });
      createdId = created.id;
    });
    if (ok) void navigate(`/tjeklister/${createdId}`);
  }

  return (
    <section className="section" aria-labelledby="new-checklist">
      <h2 id="new-checklist">{t('plan.checklists.newTitle')}</h2>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <ChoiceGroup
          legend={t('plan.checklists.template')}
          name="checklist-template"
          choices={choices}
          value={start}
          onChange={choose}
        />
        <TextField
          label={t('plan.checklists.listTitle')}
          value={title}
          maxLength={TITLE_MAX}
          error={problem}
          onChange={(event) => setTitle(event.target.value)}
        />
        <div className="form-actions">
          <Button type="submit" disabled={save.state.kind === 'saving'}>
            {t('plan.checklists.create')}
          </Button>
        </div>
        <SaveStatus state={save.state} />
      </form>
    </section>
  );
}
