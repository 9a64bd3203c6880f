import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Screens read IndexedDB and load lazy chunks before they show; on a busy machine (the server
// tests on two databases run alongside) that took longer than the 1 s default and failed tests
// whose screens were right. A wrong screen still fails, only 2 s later.
configure({ asyncUtilTimeout: 3000 });

afterEach(() => {
  cleanup();
});
