// `npm run typecheck:typo` must fail here: a misspelt property on a gk- tag is a type error,
// so the generated types are not `any`.
export const typo = <gk-scale name="trang" valeu={3} />;
