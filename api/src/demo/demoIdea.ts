import { BENEFIT_KINDS, CONSTRAINTS, IDEA_STATUSES, RECOMMENDATIONS, SOURCING } from '@ideabar/core';
import { z } from 'zod';
import { DEMO_BOARD } from './demoBoard.js';
import { DEMO_EVERYONE } from './demoPeople.js';

/**
 * The demo board's ideas are data (`areas/*.json`, one file per business area), read through this schema when the
 * seed loads them: a misspelt status, a person the demo does not have or a missing field stops the seed with the
 * file and the place, rather than seeding a board that tells a different story. Every `after` counts days from the
 * moment the idea was submitted (0.25 is six hours later); people are user ids of demoPeople.ts.
 */
const demoPersonId = z
  .string()
  .refine((id) => DEMO_EVERYONE.some((person) => person.userId === id), 'not a person of the demo tenant');

/** Days after the submission. */
const after = z.number().nonnegative();

const demoComment = z.strictObject({ by: demoPersonId, after, text: z.string().min(1) });

const demoBenefit = z.strictObject({
  kind: z.enum(BENEFIT_KINDS),
  amount: z.number().nullable(),
  note: z.string().nullable(),
});

const demoStep = z.strictObject({
  after,
  by: demoPersonId,
  status: z.enum(IDEA_STATUSES).exclude(['new', 'duplicate']),
  response: z.string().min(1),
  decline: z
    .strictObject({ constraint: z.enum(CONSTRAINTS), rule: z.string(), pathToYes: z.string() })
    .optional(),
});

/** One idea and everything that happened to it, as a story the seed replays through the use cases. */
const demoIdea = z.strictObject({
  title: z.string().min(1),
  description: z.string().min(1),
  tags: z.array(z.string()),
  author: demoPersonId,
  /** When it was submitted, in days before the seeding. */
  daysAgo: z.number().positive(),
  /** How many colleagues vote for it, at moments spread from its submission to now, most of them early. */
  votes: z.number().int().nonnegative(),
  comments: z.array(demoComment).optional(),
  itPartner: demoPersonId.optional(),
  sponsor: demoPersonId.optional(),
  /** Recorded with IT's first answer. */
  classification: z
    .strictObject({
      sourcing: z.enum(SOURCING),
      recommendation: z.enum(RECOMMENDATIONS),
      value: z.number().int().min(1).max(5),
      effort: z.number().int().min(1).max(5),
    })
    .optional(),
  /** Recorded with IT's first answer. */
  expected: demoBenefit.optional(),
  /** Recorded once the idea is delivered. */
  measured: demoBenefit.extend({ after }).optional(),
  /** IT's public answers, in order. */
  steps: z.array(demoStep).optional(),
  /** The author asks IT to look at a decline again. */
  appeal: z.strictObject({ after, reason: z.string().min(1) }).optional(),
  /** IT merges it into another demo idea (by title), which takes its votes. */
  mergedInto: z
    .strictObject({ title: z.string(), after, by: demoPersonId, response: z.string().min(1) })
    .optional(),
});

/** An area's file: the board category its ideas are filed under, and the ideas. */
export const demoAreaSchema = z.strictObject({
  area: z.enum(DEMO_BOARD.areas),
  ideas: z.array(demoIdea).min(1),
});

/** A demo idea as the seed uses it: the area is its category. */
export type DemoIdea = z.infer<typeof demoIdea> & { area: string };
export type DemoStep = z.infer<typeof demoStep>;
export type DemoBenefit = z.infer<typeof demoBenefit>;
