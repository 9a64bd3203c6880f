import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { INTRO_PATHS, type IntroScreen } from '../paths';

const ORDER: readonly IntroScreen[] = ['checklist', 'declaration', 'certificates', 'place'];

/** Links to the other introduction screens, at the foot of each of them. */
export function PlaceLinks({ current }: { current: IntroScreen }) {
  const { t } = useTranslation();
  const labels: Record<IntroScreen, string> = {
    checklist: t('introduction.nav.checklist'),
    declaration: t('introduction.nav.declaration'),
    certificates: t('introduction.nav.certificates'),
    place: t('introduction.nav.place'),
  };
  return (
    <nav className="section" aria-labelledby="place-links-title">
      <h2 id="place-links-title">{t('introduction.nav.title')}</h2>
      <ul className="intro-links nobullet-list">
        {ORDER.filter((screen) => screen !== current).map((screen) => (
          <li key={screen}>
            <Link to={INTRO_PATHS[screen]}>{labels[screen]}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
