import { translatorFor } from '@ideabar/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiClient } from '../../../tab/src/api/apiClient';
import { ApiError, fieldProblemText, problemMessage } from '../../../tab/src/api/apiError';

const english = translatorFor('en-US');
const german = translatorFor('de-DE');
const japanese = translatorFor('ja-JP');

describe('a failure told in the reader’s language', () => {
  it('says what failed, then why and what to do, as two sentences of the catalog', () => {
    const busy = new ApiError(503, 'unavailable', [], 7);
    expect(problemMessage(english, busy, 'submit.failed')).toBe(
      "Couldn't post your idea. IdeaBar is busy right now. Try again in 7 seconds.",
    );
    expect(problemMessage(german, busy, 'submit.failed')).toBe(
      'Ihre Idee konnte nicht veröffentlicht werden. IdeaBar ist gerade ausgelastet. Versuchen Sie es in 7 Sekunden noch einmal.',
    );
    expect(problemMessage(japanese, new ApiError(0, 'network'), 'submit.failed')).toBe(
      'アイデアを投稿できませんでした。IdeaBar に接続できません。接続を確認して、もう一度お試しください。',
    );
    expect(
      problemMessage(german, new ApiError(429, 'too_many_requests', [], 600), 'submit.failed'),
    ).toContain('Warten Sie 10 Minuten');
    expect(problemMessage(german, new TypeError('boom'), 'submit.failed')).not.toContain('boom');
  });

  it('gives English readers the API’s own reason, and the others its kind in their language', () => {
    const merged = new ApiError(
      409,
      'conflict',
      [],
      undefined,
      'This idea was merged into another: vote there.',
    );
    expect(problemMessage(english, merged, 'submit.failed')).toContain('merged into another');
    expect(problemMessage(german, merged, 'submit.failed')).toBe(
      'Ihre Idee konnte nicht veröffentlicht werden. Es wurde inzwischen geändert. Laden Sie neu, und versuchen Sie es noch einmal.',
    );
  });
});

describe('a refusal’s reason told in the reader’s language', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** The API's answer to a second appeal, read by the tab's own client. */
  async function refusedAppeal(reason: unknown): Promise<unknown> {
    const body = { error: { code: 'conflict', message: 'Only a declined idea can be appealed.', reason } };
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify(body), {
            status: 409,
            headers: { 'content-type': 'application/json' },
          }),
      ),
    );
    const client = new ApiClient({ token: async () => 't', renew: async () => 't' });
    return client.request('POST', '/api/ideas/01JD/appeal', { body: {} }).catch((error: unknown) => error);
  }

  it('words the reason the API names from the catalog: German in German, the API’s own sentence in English', async () => {
    const refused = await refusedAppeal('not_declined');
    expect(refused).toMatchObject({ code: 'conflict', reasonCode: 'not_declined' });
    expect(problemMessage(german, refused, 'triage.failed.appeal')).toBe(
      'Ihr Einspruch konnte nicht gesendet werden. Nur gegen eine abgelehnte Idee kann Einspruch erhoben werden.',
    );
    expect(problemMessage(english, refused, 'triage.failed.appeal')).toBe(
      "Couldn't send your appeal. Only a declined idea can be appealed.",
    );
  });

  it('falls back to the kind’s sentence for a reason this tab does not know, never to English', async () => {
    const refused = await refusedAppeal('some_newer_reason');
    expect(refused).toMatchObject({ code: 'conflict', reasonCode: undefined });
    expect(problemMessage(german, refused, 'triage.failed.appeal')).toBe(
      'Ihr Einspruch konnte nicht gesendet werden. Es wurde inzwischen geändert. Laden Sie neu, und versuchen Sie es noch einmal.',
    );
  });

  it('words a missing thing by what is missing, in every language', () => {
    const gone = new ApiError(
      404,
      'not_found',
      [],
      undefined,
      'The idea was not found.',
      undefined,
      'idea_not_found',
    );
    expect(problemMessage(japanese, gone, 'triage.failed.appeal')).toContain(
      'そのアイデアが見つかりません。',
    );
    expect(problemMessage(english, gone, 'triage.failed.appeal')).toContain("That idea wasn't found.");
    const full = new ApiError(409, 'conflict', [], undefined, undefined, undefined, 'saved_responses_full');
    expect(problemMessage(german, full, 'triage.failed.appeal')).toContain('höchstens 30 Antworten');
  });
});

describe('a field’s problem told in the reader’s language', () => {
  const refused = new ApiError(400, 'validation', [
    { field: 'title', message: 'Use at least 3 characters.', problem: 'too_short', limit: 3 },
    { field: 'tags.1', message: 'Use at most 30 characters.', problem: 'too_long', limit: 30 },
    { field: 'category', message: 'Choose one of this board’s categories: Vans.', problem: 'invalid_choice' },
    { field: 'description', message: 'Something only the API knows.' },
  ]);

  it('words the kind and its limit from the catalog, a listed item counting for its list', () => {
    expect(fieldProblemText(german, refused, 'title')).toBe('Verwenden Sie mindestens 3 Zeichen.');
    expect(fieldProblemText(german, refused, 'tags')).toBe('Verwenden Sie höchstens 30 Zeichen.');
    expect(fieldProblemText(german, refused, 'category')).toBe('Wählen Sie einen der angebotenen Werte.');
    expect(fieldProblemText(japanese, refused, 'title')).toBe('3文字以上で入力してください。');
    expect(fieldProblemText(german, refused, 'boardId')).toBeUndefined();
  });

  it('falls back to a sentence of the catalog when the API names no kind, never to English', () => {
    expect(fieldProblemText(german, refused, 'description')).toBe(
      'Dieser Wert wird nicht akzeptiert. Prüfen Sie ihn, und versuchen Sie es noch einmal.',
    );
  });

  it('shows English readers the API’s own sentence, which can name more (the board’s categories)', () => {
    expect(fieldProblemText(english, refused, 'category')).toBe(
      'Choose one of this board’s categories: Vans.',
    );
  });
});
