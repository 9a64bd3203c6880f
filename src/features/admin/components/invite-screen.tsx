import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '@/ui/page';
import { SelectField } from '@/ui/fields';
import { useCreateInvitation } from '../hooks/use-invitations';
import { usePlaces } from '../hooks/use-places';
import { INVITABLE_ROLES, targetNeeds } from '../model';
import { InvitationForm } from './invitation-form';

type InvitableRole = (typeof INVITABLE_ROLES)[number];

/** The admin's invitation codes: any role, for a place and team of their choice. */
export function InviteScreen() {
  const { t } = useTranslation();
  const places = usePlaces() ?? [];
  const [role, setRole] = useState<InvitableRole>('volunteer');
  const [placeId, setPlaceId] = useState('');
  const [teamId, setTeamId] = useState('');
  const [missing, setMissing] = useState<'place' | 'team' | undefined>();
  const place = places.find((candidate) => candidate.id === placeId);
  const needs = targetNeeds(role);
  // Volunteers and leaders belong to no team.
  const teamAllowed = role !== 'volunteer' && role !== 'leader';
  const createInvitation = useCreateInvitation({
    role,
    institutionId: placeId || null,
    teamId: (teamAllowed && teamId) || null,
  });

  /** Checks that the code names what its role needs before anything is sent. */
  function checkTarget(): boolean {
    // The place first: the team list stays disabled until a place is chosen.
    const lacking =
      needs !== 'nothing' && !placeId ? 'place' : needs === 'team' && !teamId ? 'team' : undefined;
    setMissing(lacking);
    return lacking === undefined;
  }

  return (
    <Page title={t('admin.invite.title')}>
      <p>{t('admin.invite.intro')}</p>
      <InvitationForm createCode={createInvitation} checkTarget={checkTarget}>
        <SelectField
          label={t('admin.invite.role')}
          value={role}
          onChange={(event) => setRole(event.target.value as InvitableRole)}
          options={INVITABLE_ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
        />
        <SelectField
          label={t('admin.invite.place')}
          hint={t(`admin.invite.placeHint.${needs}`)}
          error={missing === 'place' ? t('admin.invite.placeMissing') : undefined}
          value={placeId}
          onChange={(event) => {
            setPlaceId(event.target.value);
            setTeamId('');
          }}
          options={[
            { value: '', label: t('admin.invite.noPlace') },
            ...places.map((candidate) => ({ value: candidate.id, label: candidate.name })),
          ]}
        />
        {teamAllowed && (
          <SelectField
            label={t('admin.invite.team')}
            error={missing === 'team' ? t('admin.invite.teamMissing') : undefined}
            value={teamId}
            disabled={!place || place.teams.length === 0}
            onChange={(event) => setTeamId(event.target.value)}
            options={[
              { value: '', label: t('admin.invite.noTeam') },
              ...(place?.teams ?? []).map((team) => ({ value: team.id, label: team.name })),
            ]}
          />
        )}
      </InvitationForm>
    </Page>
  );
}
