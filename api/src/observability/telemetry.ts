import type { TelemetryConfig } from '../config.js';

/** How the app is named in Application Insights (the cloud role name). */
export const SERVICE_NAME = 'ideabar-api';

/** Starts exporting traces, metrics and logs to Application Insights: `useAzureMonitor`, behind a seam for tests. */
export type TelemetryStarter = (options: { connectionString: string; serviceName: string }) => void;
export type TelemetryLoader = () => Promise<TelemetryStarter>;

/**
 * Loads the Azure Monitor OpenTelemetry distro. Imported only when a connection string is configured, so local
 * starts and tests never pay for it.
 */
export const loadAzureMonitor: TelemetryLoader = async () => {
  const [{ useAzureMonitor }, { resourceFromAttributes }] = await Promise.all([
    import('@azure/monitor-opentelemetry'),
    import('@opentelemetry/resources'),
  ]);
  return ({ connectionString, serviceName }) =>
    useAzureMonitor({
      azureMonitorExporterOptions: { connectionString },
      resource: resourceFromAttributes({ 'service.name': serviceName }),
    });
};

export interface Telemetry {
  /**
   * Starts Application Insights when a connection string is configured, once per process however often it is asked;
   * resolves to whether it runs. A distro that fails to start is reported and left off: the app serves without it.
   */
  enable(config: TelemetryConfig): Promise<boolean>;
}

export function createTelemetry(
  load: TelemetryLoader = loadAzureMonitor,
  report: (error: unknown) => void = (error) =>
    console.error('Application Insights did not start; IdeaBar runs without it.', error),
): Telemetry {
  let started: Promise<boolean> | undefined;
  return {
    enable({ connectionString }) {
      if (!connectionString) return Promise.resolve(false);
      started ??= load()
        .then((start) => {
          start({ connectionString, serviceName: SERVICE_NAME });
          return true;
        })
        .catch((error: unknown) => {
          report(error);
          return false;
        });
      return started;
    },
  };
}

/** The process's telemetry. `useAzureMonitor` must run before the code it watches is imported: see index.ts. */
export const processTelemetry: Telemetry = createTelemetry();
