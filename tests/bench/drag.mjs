// Frame times during a real pointer drag (filled in when <gk-network-circle> exists).
export async function dragFrames() {
  throw new Error('not implemented yet');
}
