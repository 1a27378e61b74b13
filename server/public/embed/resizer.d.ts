// Types of /embed/resizer.js, which the server serves from @open-iframe-resizer/core.
export * from '@open-iframe-resizer/core';
