// Waits are conditions, not speeds: on a loaded machine (CI shares two cores with other work) a DOM
// update can take longer than Testing Library's 1 s default to appear, so the ceiling is generous.
// A test still fails when the condition never holds.
import { configure } from '@testing-library/preact';

configure({ asyncUtilTimeout: 15_000 });
