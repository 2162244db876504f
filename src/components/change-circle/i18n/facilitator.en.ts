import type { ChangeCircleFacilitatorStrings } from '../change-circle.facilitator.strings.js';

export default {
  readiness: 'Readiness: {level}',
  low: 'low',
  medium: 'medium',
  high: 'high',
  focus: 'What you can work on:',
  'focus.low':
    "Listen for the participant's own thoughts and feelings about their use.\nLook together at the gap between the participant's goals and what happens now.\nExplore whether there are other ways to change the situation.\nTalk about wishes for life, and how the use fits in.\nStrengthen hope: what could become possible?\nMake the pros and cons visible, and find the doubt (the ambivalence).",
  'focus.medium':
    "Make the doubt (the ambivalence) visible, and work with it.\nLet the participant tell you about the pros and cons of carrying on and of changing.\nFind what the participant believes helps, is possible and is worth the price.\nReflect back the participant's own positive words about change, and ask open questions.",
  'focus.high': 'Make the goal clear together with the participant.\nHelp to keep up the drive and the direction.\nGive praise, and keep on supporting.',
  lapseNote: 'A lapse is a normal part of change. Talk about what happened, and what helped before.',
} satisfies ChangeCircleFacilitatorStrings;
