import type { ReactNode } from 'react';
import { Icon } from './icon';

type Tone = 'info' | 'success' | 'warning' | 'error';

/**
 * A DKFDS alert box.
 *
 * `live` makes it a polite live region (status) or, for errors, an assertive one (alert), so screen
 * readers hear saves and failures without moving focus.
 */
export function Alert({
  tone,
  heading,
  children,
  live = false,
  actions,
}: {
  tone: Tone;
  heading?: string;
  children?: ReactNode;
  live?: boolean;
  actions?: ReactNode;
}) {
  const role = live ? (tone === 'error' ? 'alert' : 'status') : undefined;
  return (
    <div className={`alert alert-${tone}`} role={role}>
      <Icon name={tone} className="alert-icon" />
      <div className="alert-body">
        {heading && <p className="alert-heading">{heading}</p>}
        {children && <p className="alert-text">{children}</p>}
        {actions && <div className="alert-actions">{actions}</div>}
      </div>
    </div>
  );
}
