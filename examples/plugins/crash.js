// A plugin that throws while loading.
require('host');
throw new Error('plugin refuses to start');
