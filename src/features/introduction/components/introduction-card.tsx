import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localeFor } from '@/i18n';
import { todayIso } from '@/lib/dates';
import { formatDate } from '@/lib/format';
import { useIntroOverview } from '../hooks/use-place';
import { certificateLines, countIntro, declarationState, type DeclarationState } from '../model';
import { INTRO_PATHS } from '../paths';
import { certificateKindLabel, certificateShortStatus } from './labels';
import './introduction.css';

/**
 * The volunteer's home-screen card: how far the introduction has come, whether the declaration
 * waits, the certificates' status, and the way to the practical info.
 */
export function IntroductionCard() {
  const { t, i18n } = useTranslation();
  const overview = useIntroOverview();
  if (!overview?.introduction.institutionId) return null;
  const locale = localeFor(i18n.language);
  const { introduction, declaration, certificates } = overview;
  const counts = countIntro(introduction.steps);
  const declared = declarationState(declaration.institution, declaration.declaration);
  const lines = certificateLines(
    certificates.institution,
    certificates.task,
    certificates.certificates,
    todayIso(),
  );

  const links: { to: string; title: string; meta: string }[] = [
    {
      to: INTRO_PATHS.checklist,
      title: t('introduction.nav.checklist'),
      meta:
        counts.total === 0
          ? t('introduction.card.checklistEmpty')
          : t('introduction.checklist.summary', counts),
    },
  ];
  const declarationMeta = declarationSummary(declared, (key, date) =>
    key === 'accepted'
      ? t('introduction.card.declarationAccepted', { date: formatDate(date, locale) })
      : key === 'changed'
        ? t('introduction.card.declarationChanged')
        : t('introduction.card.declarationPending'),
  );
  if (declarationMeta !== undefined) {
    links.push({
      to: INTRO_PATHS.declaration,
      title: t('introduction.nav.declaration'),
      meta: declarationMeta,
    });
  }
  if (lines.length > 0) {
    links.push({
      to: INTRO_PATHS.certificates,
      title: t('introduction.nav.certificates'),
      meta: lines
        .map((line) =>
          t('introduction.card.certificateLine', {
            kind: certificateKindLabel(t, line.kind),
            status: certificateShortStatus(t, line),
          }),
        )
        .join(', '),
    });
  }
  links.push({
    to: INTRO_PATHS.place,
    title: t('introduction.nav.place'),
    meta: t('introduction.card.placeMeta'),
  });

  return (
    <section className="section" aria-labelledby="introduction-card-title">
      <h2 id="introduction-card-title">{t('introduction.card.title')}</h2>
      <ul className="entry-list nobullet-list intro-card-links">
        {links.map((link) => (
          <li key={link.to}>
            <Link to={link.to}>
              <span className="intro-card-link-title">{link.title}</span>{' '}
              <span className="intro-card-link-meta">{link.meta}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The declaration's line on the card, or `undefined` when there is nothing to declare. */
function declarationSummary(
  state: DeclarationState,
  text: (key: 'pending' | 'accepted' | 'changed', date: number) => string,
): string | undefined {
  switch (state.kind) {
    case 'notRequired':
    case 'noText':
      return undefined;
    case 'pending':
      return text('pending', 0);
    case 'accepted':
    case 'changed':
      return text(state.kind, state.acceptedAt);
  }
}
