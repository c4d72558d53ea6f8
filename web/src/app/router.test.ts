import { describe, expect, it } from 'vitest';
import { match } from './router';

describe('match', () => {
  it('matches a fixed path', () => {
    expect(match('/graduate/profile', '/graduate/profile')).toEqual({});
  });

  it('ignores a trailing slash', () => {
    expect(match('/graduate/profile', '/graduate/profile/')).toEqual({});
  });

  it('decodes parameters', () => {
    expect(match('/graduate/fairs/:fairId', '/graduate/fairs/f%2F1')).toEqual({ fairId: 'f/1' });
  });

  it('does not match other paths', () => {
    expect(match('/graduate/fairs/:fairId', '/graduate/fairs')).toBeNull();
    expect(match('/graduate/fairs/:fairId', '/employer/fairs/f1')).toBeNull();
  });
});
