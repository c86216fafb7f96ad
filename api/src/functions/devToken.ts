import { idSchema, parseInput } from '@ideabar/core';
import { z } from 'zod';
import { signDevToken } from '../auth/tokens.js';
import { ok, type Handler } from '../http/route.js';

export const devTokenInput = z.object(
  {
    tenantId: idSchema,
    userId: idSchema,
    name: z
      .string({ error: 'Enter a name.' })
      .trim()
      .min(1, 'Enter a name.')
      .max(100, 'Use at most 100 characters.'),
    roles: z
      .array(z.enum(['employee', 'it'], { error: 'Use "employee" or "it".' }))
      .max(2)
      .default([]),
  },
  { error: 'Send {tenantId, userId, name, roles?} as a JSON object.' },
);

/**
 * Local sign-in for development and tests: a token for anyone, signed with the dev key. Registered only when
 * AUTH_MODE=dev, which the configuration refuses in production. `roles: ["it"]` makes the person an IT member of
 * the tenant, in storage, as an IT lead would.
 */
export const devToken: Handler = async ({ body }, { config, ideabar }) => {
  const { roles, ...person } = parseInput(devTokenInput, body());
  if (roles.includes('it')) await ideabar.itDirectory.addItMember(person);
  return ok({ token: await signDevToken(config.auth, person) });
};
