// Server functions the sidebar calls through google.script.run; exported to top level by the build.

export {};
