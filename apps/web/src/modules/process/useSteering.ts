import { useSession } from '../../auth/SessionProvider.tsx';

/** True for the roles that steer proposals and rounds (the server checks again). */
export function useSteering(): boolean {
  const { user } = useSession();
  return user?.role === 'co_chair' || user?.role === 'secretariat';
}
