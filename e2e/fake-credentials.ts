/** Recognizable fake Kling credentials: the e2e build and the leak check share them. */
export const FAKE_CREDENTIALS = {
  KLING_ACCESS_KEY: "ak-leakcheck-7f3a9c21e4",
  KLING_SECRET_KEY: "sk-leakcheck-b81d5e0f6a2c4973",
};
