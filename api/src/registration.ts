import type { app as functionsApp } from '@azure/functions';
import { handleHttp } from './http/pipeline.js';
import { routesFor, timersFor } from './routes.js';
import type { Services } from './services.js';

type FunctionsApp = Pick<typeof functionsApp, 'http' | 'timer'>;

/** Registers every route and timer of the route table with the Azure Functions host. */
export function registerFunctions(app: FunctionsApp, services: Services): void {
  for (const route of routesFor(services.config)) {
    app.http(route.name, {
      methods: [route.method],
      route: route.path,
      authLevel: 'anonymous',
      handler: (request, context) => handleHttp(route, services, request, context),
    });
  }
  for (const timer of timersFor(services.config)) {
    app.timer(timer.name, {
      schedule: timer.schedule,
      handler: (tick, context) => timer.run(services, { isPastDue: tick.isPastDue }, context),
    });
  }
}
