import { addCategory as addCategoryUseCase } from '@ideabar/core';
import { created, type UserHandler } from '../http/route.js';

export const addCategory: UserHandler = async ({ caller, params, body }, { ideabar }) =>
  created(await addCategoryUseCase(ideabar, caller, params.id ?? '', body()));
