import { memoryRepositories } from '../../core/src/index.js';
import { repositoryContract } from '../contract/repositories.contract.js';

repositoryContract('memory', async () => memoryRepositories());
