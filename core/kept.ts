// Loading something once and keeping it, where a failed load must not stick: the worker's language data,
// a dictionary's definition parts, the content script's page tools.

/** `load` run once and its result kept; after a failure the next call runs it again. */
export function kept<T>(load: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => {
    result ??= load().catch((error: unknown) => {
      result = undefined;
      throw error;
    });
    return result;
  };
}
