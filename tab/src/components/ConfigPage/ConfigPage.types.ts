import type { HostContext } from '../../teams/hostContext';

export interface ConfigPageProps {
  host: HostContext;
}
