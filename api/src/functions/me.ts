import { whoAmI } from '@ideabar/core';
import { ok, type UserHandler } from '../http/route.js';

export const me: UserHandler = async ({ caller }, { ideabar }) => ok(await whoAmI(ideabar, caller));
