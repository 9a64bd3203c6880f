import { useEffect, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { looksLikeCpr } from '@/protocol/cpr';
import { Alert } from '@/ui/alert';
import { Button } from '@/ui/button';
import { TextField } from '@/ui/fields';
import { Page } from '@/ui/page';
import { useWasRevoked } from '../hooks/use-device-code';
import { useIsConnected, useJoin } from '../hooks/use-join';
import { useProfile } from '../hooks/use-profile';
import { cleanDisplayName } from '../model';

/**
 * First run: join with the invitation code from the contact person (and optionally a name).
 * The code decides the role, the institution and the team.
 */
export function WelcomeScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const profile = useProfile();
  const connected = useIsConnected();
  const join = useJoin();
  const revoked = useWasRevoked();
  const [code, setCode] = useState('');
  const [name, setName] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [nameError, setNameError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  const shownName = name ?? profile?.displayName ?? '';

  async function onSubmit(event: SyntheticEvent) {
    event.preventDefault();
    // Checked before the code is used: the server would refuse the name once the phone syncs.
    const cpr = looksLikeCpr(shownName);
    setNameError(cpr ? t('welcome.nameCpr') : undefined);
    if (!code.trim()) {
      setError(t('welcome.codeRequired'));
      return;
    }
    setError(undefined);
    if (cpr) return;
    setProblem(undefined);
    setBusy(true);
    try {
      const result = await join(code, cleanDisplayName(shownName));
      if (result.ok) setDone(true);
      else setProblem(t(`welcome.errors.${result.problem}`));
    } catch {
      setProblem(t('errors.unknown'));
    } finally {
      setBusy(false);
    }
  }

  // Go home once the saved profile is visible here. The shell reads the profile through its own
  // live query, which may lag a moment: `joined` tells it not to send us straight back.
  const savedRole = profile?.role;
  useEffect(() => {
    if (done && savedRole) void navigate('/', { replace: true, state: { joined: true } });
  }, [done, savedRole, navigate]);

  return (
    <Page title={t('welcome.title')}>
      <p className="font-lead">{t('welcome.intro')}</p>
      {revoked && (
        <Alert tone="warning" live>
          {t('sync.revoked')}
        </Alert>
      )}
      {connected && <Alert tone="info">{t('welcome.alreadyConnected')}</Alert>}
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <TextField
          label={t('welcome.codeLabel')}
          hint={t('welcome.codeHint')}
          value={code}
          error={error}
          autoComplete="one-time-code"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={40}
          onChange={(event) => setCode(event.target.value)}
        />
        <TextField
          label={t('welcome.nameLabel')}
          hint={t('welcome.nameHint')}
          value={shownName}
          error={nameError}
          autoComplete="given-name"
          maxLength={60}
          onChange={(event) => setName(event.target.value)}
        />
        <div className="form-actions">
          <Button type="submit" disabled={busy}>
            {busy ? t('welcome.joining') : t('welcome.start')}
          </Button>
        </div>
        <div role="alert">{problem && <Alert tone="error">{problem}</Alert>}</div>
      </form>
    </Page>
  );
}
