/**
 * The in-memory twins of the storage ports, for tests, benchmarks and demos only: `@ideabar/core/testing`. They
 * pass the same contract tests as Table Storage, but keep nothing; production code (api/, bot/, tab/) is refused
 * this import by lint.
 */
export { memoryRepositories } from './memory/memoryRepositories.js';
export { memoryNotifications } from './memory/memoryNotifications.js';
