import type { EmergencyPlanValue } from '../../src/components/emergency-plan/emergency-plan.model.js';

/** A network-circle value as <gk-network-circle> produces it (only "can help" people count). */
export const NETWORK = {
  version: 1,
  people: [
    { id: 'n-bo', name: 'Bo', canHelp: true, inSubstanceEnvironment: true, sector: 'friends', ring: 2 },
    { id: 'n-mor', name: 'Mor', canHelp: true, phone: '12 34 56 78', sector: 'family', ring: 1 },
    { id: 'n-kim', name: 'Kim', canHelp: false, sector: 'friends', ring: 3 },
    { id: 'n-lise', name: 'Lise (kontaktperson)', canHelp: true, phone: '70 20 30 40', sector: 'professionals', ring: 2 },
  ],
};

export const FILLED: EmergencyPlanValue = {
  version: 1,
  reviewBy: '2026-03-01',
  notice: 'Jeg bliver urolig og sover dårligt.',
  coping: [
    { id: 'r1', when: 'når jeg er alene om aftenen', ideas: ['walk', 'call'], text: '' },
    { id: 'r2', when: 'når jeg har fået løn', ideas: ['walk', 'nice'], text: 'Drikke en kop te og høre musik' },
  ],
  support: [
    { id: 'p2', name: 'Lise', phone: '70 20 30 40', professional: true, help: 'Tale om det, der er svært', when: 'Hverdage 8–15', see: 'Jeg aflyser aftaler', deal: 'Jeg sender en sms med ordet "hjælp"' },
    { id: 'p1', personId: 'n-mor', name: 'Mor', phone: '+45 12 34 56 78', professional: false, help: 'Gå en tur med mig', when: 'Om aftenen', see: 'Jeg svarer ikke på telefonen', deal: 'Hun ringer, hvis jeg ikke har skrevet' },
    { id: 'p3', name: '', phone: '', professional: false, help: '', when: '', see: '', deal: '' },
  ],
};
