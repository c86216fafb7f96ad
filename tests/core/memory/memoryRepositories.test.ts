import { memoryRepositories } from '@ideabar/core/testing';
import { repositoryContract } from '../../contract/repositories.contract.js';

repositoryContract('memory', async () => memoryRepositories());
