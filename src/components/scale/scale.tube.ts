/**
 * The vertical "thermometer" layout of the scale (e.g. for craving): a tube with the numbers
 * beside it, 10 at the top, filled up to the answer. Loaded when `orientation="vertical"` is
 * first used on a page; the scale holds its update until it has arrived. Only CSS: the cells
 * are the slider's own, and the buttons presentation stacks its buttons.
 */
import { css } from 'lit';

export const styles = css`
  .vertical {
    display: flex;
    gap: 1rem;
  }
  .vertical .track,
  .vertical .options {
    grid: auto-flow minmax(var(--_target), 1fr) / auto;
    inline-size: calc(var(--_target) * 2.4);
  }
  /* a drag along the tube moves the answer, not the page */
  .vertical .track {
    touch-action: none;
    display: flex;
    flex-direction: column-reverse;
    align-items: stretch;
    padding: 0 0 0 1.75rem;
  }
  .vertical .cell {
    flex: 1 0 var(--_target);
    align-content: center;
  }
  /* the tube runs from the middle of 0 to the middle of 10 */
  .vertical .track::before {
    inset: 4.5% auto 4.5% 0.25rem;
    inline-size: 1rem;
    border-radius: 0.5rem;
  }
  /* filled up to the answer: each number above 0 and at or below it fills the piece of tube
     from its middle down to the middle of the number below */
  .vertical .in ~ .in::before {
    content: '';
    position: absolute;
    inset: 50% auto calc(-50% - 0.3rem) -1.5rem;
    inline-size: 1rem;
    background: var(--_accent);
  }
  .vertical .in:nth-child(2)::before {
    border-end-start-radius: 0.5rem;
    border-end-end-radius: 0.5rem;
  }
  .vertical .on::before {
    border-start-start-radius: 0.5rem;
    border-start-end-radius: 0.5rem;
  }
  .vertical .ends {
    flex-direction: column-reverse;
  }
  @media (forced-colors: active) {
    /* an outlined tube, filled solid up to the answer (shape, not only colour) */
    .vertical .track::before {
      background: Canvas;
      border: 2px solid CanvasText;
    }
    .vertical .in ~ .in::before {
      forced-color-adjust: none;
      background: Highlight;
    }
  }
`;
