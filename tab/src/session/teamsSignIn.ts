import type { TokenSource } from '../api/apiClient';
import { ApiError } from '../api/apiError';
import { teamsSsoToken } from '../teams/teamsHost';

/** Inside Teams the token comes from SSO; Teams caches it, so asking again is how it is renewed. */
export class TeamsSignIn implements TokenSource {
  private current: string | undefined;

  async token(): Promise<string> {
    return this.current ?? this.renew();
  }

  async renew(): Promise<string> {
    try {
      this.current = await teamsSsoToken();
      return this.current;
    } catch {
      throw new ApiError(401, 'unauthorized');
    }
  }
}
