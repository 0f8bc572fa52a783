import { landingArea } from './landing-area';

describe('landingArea', () => {
  it('sends the executive board to the benefits dashboard', () => {
    expect(landingArea(['EXECUTIVE_BOARD'])).toBe('benefits');
  });
  it('keeps the board seat first when a member also holds other roles', () => {
    expect(landingArea(['READER', 'EXECUTIVE_BOARD'])).toBe('benefits');
  });
  it('starts everyone else, and a user without roles, at the landscape', () => {
    expect(landingArea(['PORTFOLIO_STEERING_GROUP'])).toBe('landscape');
    expect(landingArea(['SYSTEM_OWNER', 'ADMINISTRATOR'])).toBe('landscape');
    expect(landingArea([])).toBe('landscape');
  });
});
