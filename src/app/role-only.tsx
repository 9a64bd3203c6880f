import { Outlet } from 'react-router';
import type { Role } from '@/db/schema';
import { useProfile } from '@/features/account';
import { RouteError } from './route-error';

/**
 * Screens for one role (the contact person's, the admin's): anyone else who types their address
 * gets "not found" (the server refuses them anyway; the screen should not invite them).
 */
export function RoleOnly({ allowed }: { allowed: Role }) {
  const profile = useProfile();
  if (profile === undefined) return null; // still reading
  return profile?.role === allowed ? <Outlet /> : <RouteError notFound />;
}
