import { z } from 'zod';
import { idSchema } from '../identity.js';
import { lineSchema, textSchema } from './ideaInput.js';
import { BENEFIT_KINDS, CONSTRAINTS } from './triage.js';

export const RESPONSE_MAX = 2_000;

export const responseSchema = textSchema('a public response', RESPONSE_MAX);

export const declineSchema = z.object(
  {
    constraint: z.enum(CONSTRAINTS, {
      error: `Choose what the decline rests on: ${CONSTRAINTS.join(', ')}.`,
    }),
    rule: lineSchema('the rule or policy the decline rests on', 3, 300),
    pathToYes: textSchema(
      'a path to yes: what would have to be true, or an alternative available today',
      1_000,
    ),
  },
  { error: 'Say what the decline rests on: its constraint, rule and path to yes.' },
);

export const personSchema = z.object(
  { id: idSchema, name: lineSchema('a name', 1, 100) },
  { error: 'Name a person as {id, name}.' },
);

export const benefitSchema = z
  .object(
    {
      kind: z.enum(BENEFIT_KINDS, { error: `Use one of: ${BENEFIT_KINDS.join(', ')}.` }),
      amount: z
        .number({ error: 'Enter a number.' })
        .finite()
        .nonnegative('Use zero or more.')
        .nullable()
        .default(null),
      note: lineSchema('a note', 1, 500).nullable().default(null),
    },
    { error: 'Describe the benefit as {kind, amount, note}.' },
  )
  .superRefine((benefit, ctx) => {
    if (benefit.kind !== 'other' && benefit.amount === null) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: 'Enter the amount.' });
    }
    if (benefit.kind === 'uptime_percent' && benefit.amount !== null && benefit.amount > 100) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: 'Uptime is a percentage: at most 100.' });
    }
    if (benefit.kind === 'other' && benefit.note === null) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'Describe the benefit.' });
    }
  });
