import type { z } from 'zod';
import type { addCommentInput } from './useCases/addComment.js';
import type { answerIdeaInput } from './useCases/answerIdea.js';
import type { appealDeclineInput } from './useCases/appealDecline.js';
import type { assignPartnersInput } from './useCases/assignPartners.js';
import type { assignToCycleInput } from './useCases/assignToCycle.js';
import type { changeStatusInput } from './useCases/changeStatus.js';
import type { classifyIdeaInput } from './useCases/classifyIdea.js';
import type { addCategoryInput, updateCategoryInput } from './useCases/manageCategories.js';
import type { addItMemberInput } from './useCases/manageItMembers.js';
import type { addSavedResponseInput, updateSavedResponseInput } from './useCases/manageSavedResponses.js';
import type { mergeIdeaInput } from './useCases/mergeIdea.js';
import type { openCycleInput } from './useCases/openCycle.js';
import type { openTeamBoardInput } from './useCases/openTeamBoard.js';
import type { recordBenefitsInput } from './useCases/recordBenefits.js';
import type { submitIdeaInput } from './useCases/submitIdea.js';
import type { updateBoardInput } from './useCases/updateBoard.js';
import type { updateSettingsInput } from './useCases/updateSettings.js';

/*
 * What a face sends each use case, as its schema takes it in (the API's request bodies). Types only: the tab's API
 * client types its bodies with these through `import type`, so no zod reaches its bundle, and a field a schema
 * renames, retypes or drops fails the tab's type check instead of a request.
 */
export type SubmitIdeaRequest = z.input<typeof submitIdeaInput>;
export type AddCommentRequest = z.input<typeof addCommentInput>;
export type StatusChangeRequest = z.input<typeof changeStatusInput>;
export type AnswerIdeaRequest = z.input<typeof answerIdeaInput>;
export type AppealRequest = z.input<typeof appealDeclineInput>;
export type PartnersRequest = z.input<typeof assignPartnersInput>;
export type ClassificationRequest = z.input<typeof classifyIdeaInput>;
export type BenefitsRequest = z.input<typeof recordBenefitsInput>;
export type MergeRequest = z.input<typeof mergeIdeaInput>;
export type AssignToCycleRequest = z.input<typeof assignToCycleInput>;
export type OpenCycleRequest = z.input<typeof openCycleInput>;
export type OpenTeamBoardRequest = z.input<typeof openTeamBoardInput>;
export type BoardChangeRequest = z.input<typeof updateBoardInput>;
export type AddCategoryRequest = z.input<typeof addCategoryInput>;
export type CategoryChangeRequest = z.input<typeof updateCategoryInput>;
export type AddSavedResponseRequest = z.input<typeof addSavedResponseInput>;
export type SavedResponseChangeRequest = z.input<typeof updateSavedResponseInput>;
export type SettingsChangeRequest = z.input<typeof updateSettingsInput>;
export type AddItMemberRequest = z.input<typeof addItMemberInput>;
