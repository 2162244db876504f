// What a React 19 host adds once: the gk- tags become typed JSX intrinsic elements, from the
// types gruppekit generates out of its custom-elements.json (types only: registers nothing).
import type { CustomElements } from 'gruppekit/frameworks/react';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
