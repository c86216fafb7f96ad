import { searchPeople as searchPeopleUseCase } from '@ideabar/core';
import { ok, type UserHandler } from '../http/route.js';

export const searchPeople: UserHandler = async ({ caller, query }, { ideabar }) =>
  ok(await searchPeopleUseCase(ideabar, caller, query));
