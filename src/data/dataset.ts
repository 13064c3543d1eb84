/** The dataset's build time, read once so every file of one build states the same one. */
export const generatedAt = new Date().toISOString();
