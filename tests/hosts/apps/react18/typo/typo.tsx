// `npm run typecheck:typo` must fail here: a misspelt prop on a gruppekit/react component is a
// type error, so the wrappers' types are not `any`.
import { Scale } from 'gruppekit/react';

export const typo = <Scale name="trang" valeu={3} />;
