import { describe, expect, it } from 'vitest';
import { ACCESS_ROUTES } from '../../../shared/api/learners';
import { actionNature } from '../../../shared/domain/documents/action-nature';

describe('actionNature', () => {
  it('makes apprenticeship an action de formation par apprentissage and VAE an action de VAE', () => {
    expect(actionNature('apprenticeship')).toBe('apprenticeship');
    expect(actionNature('vae')).toBe('vae');
  });

  it('makes every other route an action de formation', () => {
    expect(actionNature('professionalisation')).toBe('training');
    expect(actionNature('initial_alternating')).toBe('training');
    expect(actionNature('pro_formula')).toBe('training');
  });

  it('never leads to a bilan de compétences, which Carnet does not deliver', () => {
    expect(ACCESS_ROUTES.map(actionNature)).not.toContain('skillsAssessment');
  });
});
