// Unit-test setup: an in-memory IndexedDB must exist before localforage is first imported.
import 'fake-indexeddb/auto';
