import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { looksLikeCpr } from '@/protocol/cpr';
import { Button } from '@/ui/button';
import { TextArea } from '@/ui/fields';
import { SaveStatus } from '@/ui/save-status';
import { useSave } from '@/ui/use-save';
import { useAnswerQuestion } from '../hooks/use-meeting';
import { MAX_ANSWER_LENGTH } from '../model';

/** Answers one shared question; the asker sees the answer after the next sync. */
export function AnswerForm({
  entryId,
  onAnswered,
}: {
  entryId: string;
  onAnswered: (entryId: string) => void;
}) {
  const { t } = useTranslation();
  const answerQuestion = useAnswerQuestion();
  const [answer, setAnswer] = useState('');
  const [error, setError] = useState<string | undefined>();
  const save = useSave({
    saved: t('tips.meeting.answerSaved'),
    error: (code) => t(`errors.${code}`),
  });

  async function onSubmit(event: SyntheticEvent) {
    event.preventDefault();
    const text = answer.trim().slice(0, MAX_ANSWER_LENGTH);
    if (!text) {
      setError(t('tips.meeting.answerRequired'));
      return;
    }
    // The server refuses a CPR number in an answer; say so here and keep the text.
    if (looksLikeCpr(text)) {
      setError(t('privacy.cprFound'));
      return;
    }
    setError(undefined);
    // Told before the save, so the question stays in view (with this form's status) once answered.
    onAnswered(entryId);
    if (await save.run(() => answerQuestion(entryId, text))) setAnswer('');
  }

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <TextArea
        label={t('tips.meeting.answer')}
        hint={t('tips.privacyHint')}
        value={answer}
        rows={3}
        error={error}
        maxLength={MAX_ANSWER_LENGTH}
        onChange={(event) => setAnswer(event.target.value)}
      />
      <div className="form-actions">
        <Button type="submit" variant="secondary" disabled={save.state.kind === 'saving'}>
          {t('tips.meeting.sendAnswer')}
        </Button>
      </div>
      <SaveStatus state={save.state} />
    </form>
  );
}
