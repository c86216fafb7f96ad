import { updateCategory as updateCategoryUseCase } from '@ideabar/core';
import { ok, type UserHandler } from '../http/route.js';

export const updateCategory: UserHandler = async ({ caller, params, body }, { ideabar }) =>
  ok(await updateCategoryUseCase(ideabar, caller, params.id ?? '', params.categoryId ?? '', body()));
