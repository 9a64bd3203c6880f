import { useEffect, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Role } from '@/db/schema';
import { Button } from '@/ui/button';
import { ChoiceGroup } from '@/ui/choice-group';
import { TextField } from '@/ui/fields';
import { Page } from '@/ui/page';
import { SaveStatus } from '@/ui/save-status';
import { useSave } from '@/ui/use-save';
import { useChooseRole, useProfile } from '../hooks/use-profile';
import { cleanDisplayName, ROLES } from '../model';

/** First run: choose a role (and optionally a name). Replaced by invitation codes later. */
export function WelcomeScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const profile = useProfile();
  const chooseRole = useChooseRole();
  const [role, setRole] = useState<Role | undefined>();
  const [name, setName] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState(false);
  const save = useSave({ saved: '', error: (code) => t(`errors.${code}`) });

  const shownRole = role ?? profile?.role;
  const shownName = name ?? profile?.displayName ?? '';

  async function onSubmit(event: SyntheticEvent) {
    event.preventDefault();
    if (!shownRole) {
      setError(t('welcome.roleRequired'));
      return;
    }
    setError(undefined);
    if (await save.run(() => chooseRole(shownRole, cleanDisplayName(shownName)))) setDone(true);
  }

  // Go home once the saved profile is visible to the shell, or it would send us straight back.
  const savedRole = profile?.role;
  useEffect(() => {
    if (done && savedRole) void navigate('/', { replace: true });
  }, [done, savedRole, navigate]);

  return (
    <Page title={t('welcome.title')}>
      <p className="font-lead">{t('welcome.intro')}</p>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <ChoiceGroup
          legend={t('welcome.roleLegend')}
          name="role"
          choices={ROLES.map((value) => ({
            value,
            label: t(`roles.${value}`),
            hint: t(`roles.${value}Hint`),
          }))}
          value={shownRole}
          onChange={setRole}
          error={error}
        />
        <TextField
          label={t('welcome.nameLabel')}
          hint={t('welcome.nameHint')}
          value={shownName}
          autoComplete="given-name"
          maxLength={60}
          onChange={(event) => setName(event.target.value)}
        />
        <div className="form-actions">
          <Button type="submit" disabled={save.state.kind === 'saving'}>
            {t('welcome.start')}
          </Button>
        </div>
        {save.state.kind === 'failed' && <SaveStatus state={save.state} />}
        <p className="muted">{t('welcome.accountsLater')}</p>
      </form>
    </Page>
  );
}
