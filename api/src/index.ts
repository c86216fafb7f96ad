import functions from '@azure/functions';
import { loadConfig } from './config.js';
import { registerFunctions } from './registration.js';
import { createServices } from './services.js';

// The Azure Functions entry point (`func start` or Azure): the same route table the local host serves.
const { app } = functions;
registerFunctions(app, createServices(loadConfig()));
