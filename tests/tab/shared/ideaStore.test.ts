import { describe, expect, it, vi } from 'vitest';
import { IdeaStore } from '../../../tab/src/shared/ideaStore';
import { anIdea } from '../support/fakeIdeaBar';

describe('IdeaStore', () => {
  it('tells only the rows of the idea that changed, so a vote re-renders one row', () => {
    const store = new IdeaStore();
    const ideas = Array.from({ length: 1_000 }, (_, n) => anIdea(`Idea ${n}`));
    store.put(ideas);
    const listeners = ideas.map((idea) => {
      const listener = vi.fn();
      store.subscribe(idea.id, listener);
      return listener;
    });
    const target = ideas[500]?.id ?? '';
    store.update(target, (idea) => ({ ...idea, votes: idea.votes + 1, myVote: true }));
    expect(listeners.filter((listener) => listener.mock.calls.length > 0)).toHaveLength(1);
    expect(listeners[500]).toHaveBeenCalledOnce();
    expect(store.get(target)).toMatchObject({ votes: 4, myVote: true });
  });

  it('ignores a page that brings nothing new', () => {
    const store = new IdeaStore();
    const idea = anIdea('Dark mode', { category: 'Software', tags: ['ui', 'a11y'] });
    store.put([idea, anIdea('VPN', { category: 'Remote work', tags: ['vpn'] })]);
    const listener = vi.fn();
    store.subscribe(idea.id, listener);
    store.put([{ ...idea }]);
    expect(listener).not.toHaveBeenCalled();
  });
});
