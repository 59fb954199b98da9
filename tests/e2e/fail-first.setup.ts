// With LEDE_FAIL_FIRST=1 (vitest.e2e.config.ts), every end-to-end test fails once after its work and runs again:
// the check that a retry starts clean (support.ts freshOnRetry). A retry that meets its first try's notes or
// settings fails here, as it would after a real flake in CI.
import { afterEach } from 'vitest';

afterEach(({ task }) => {
  if (!task.result?.retryCount && task.result?.state !== 'fail')
    throw new Error('LEDE_FAIL_FIRST: the first try fails after its work, so that its retry runs');
});
