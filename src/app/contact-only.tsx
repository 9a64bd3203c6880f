import { Outlet } from 'react-router';
import { useProfile } from '@/features/account';
import { RouteError } from './route-error';

/**
 * The contact person's screens: anyone else who types their address gets "not found" (the server
 * refuses their writes anyway; the screen should not invite them).
 */
export function ContactOnly() {
  const profile = useProfile();
  if (profile === undefined) return null; // still reading
  return profile?.role === 'contact' ? <Outlet /> : <RouteError notFound />;
}
