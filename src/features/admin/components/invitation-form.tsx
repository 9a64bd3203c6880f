import { useState, type SyntheticEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invitation } from '@/protocol/admin';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { TextField } from '@/ui/fields';
import type { AdminProblem } from '../data/admin-api';
import type { CreateCode } from '../hooks/use-invitations';
import {
  DEFAULT_TERMS,
  parseTerms,
  TERM_LIMITS,
  type TermsErrors,
  type TermsInput,
} from '../model';
import { InvitationCode } from './invitation-code';
import './admin.css';

const TERMS = ['uses', 'days'] as const;

/**
 * The invitation form: `children` (an admin's choice of role and place) first, then how many
 * times the code works and for how many days. The new code shows under the form; a failure is
 * named and everything typed stays.
 */
export function InvitationForm({
  createCode,
  checkTarget = () => true,
  children,
}: {
  createCode: CreateCode;
  /** Checks (and marks) the fields in `children`; `false` stops the submit. */
  checkTarget?: () => boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const [terms, setTerms] = useState<TermsInput>(DEFAULT_TERMS);
  const [errors, setErrors] = useState<TermsErrors>({});
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<AdminProblem | undefined>();
  const [invitation, setInvitation] = useState<Invitation | undefined>();

  async function onSubmit(event: SyntheticEvent) {
    event.preventDefault();
    // Not a disabled button: disabling it would drop the keyboard focus onto the page.
    if (busy) return;
    // The last code goes, so an error is never read as being about it.
    setInvitation(undefined);
    const parsed = parseTerms(terms);
    setErrors(parsed.ok ? {} : parsed.errors);
    setProblem(undefined);
    const targetOk = checkTarget();
    if (!parsed.ok || !targetOk) return;
    setBusy(true);
    const result = await createCode(parsed.terms);
    setBusy(false);
    if (result.ok) setInvitation(result.value);
    else setProblem(result.problem);
  }

  return (
    <>
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        {children}
        {TERMS.map((term) => (
          <TextField
            key={term}
            label={t(`admin.form.${term}`)}
            hint={t(`admin.form.${term}Hint`)}
            error={errors[term] && t(`admin.form.${term}Error`, TERM_LIMITS[term])}
            inputMode="numeric"
            autoComplete="off"
            value={terms[term]}
            onChange={(event) => setTerms({ ...terms, [term]: event.target.value })}
          />
        ))}
        <Button type="submit" aria-disabled={busy}>
          {t(invitation ? 'admin.form.submitAnother' : 'admin.form.submit')}
        </Button>
      </form>
      <div role="alert">
        {problem && <Alert tone="error">{t(`admin.problems.${problem}`)}</Alert>}
      </div>
      {invitation && <InvitationCode key={invitation.code} invitation={invitation} />}
    </>
  );
}
